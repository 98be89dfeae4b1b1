import { figures, figuresOf } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { policy, policyJson } from './helpers.js';

type JsonFigure = { id: string; partner?: string; indicator: string; citations: { quote: string }[] };

describe('policy figures', () => {
  it('prints every figure by default, grouped by indicator with the layer named', () => {
    const r = policy(['figures']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2024 in figures, from published reports/);
    expect(r.stdout).toContain('Exports by destination (SBP)');
    expect(r.stdout).toContain('$5,432.929 million');
    expect(
      policyJson<JsonFigure[]>(['figures', '--json'])
        .map((f) => f.id)
        .sort(),
    ).toEqual(figures.map((f) => f.id).sort());
  });

  it('cuts to a partner (any reference) and an indicator (id or short name), as figuresOf does', () => {
    const json = policyJson<JsonFigure[]>(['figures', '--partner', 'cn', '--indicator', 'exports', '--json']);
    expect(json.map((f) => f.id)).toEqual(
      figuresOf({ partner: 'china', indicator: 'exports-sbp' }).map((f) => f.id),
    );
    expect(json.length).toBeGreaterThan(0);
    for (const f of json) {
      expect(f.partner).toBe('china');
      expect(f.citations.length).toBeGreaterThan(0);
    }
    const text = policy(['figures', '--partner', 'cn', '--indicator', 'exports']).stdout;
    expect(text).toContain('(set aside)');
    expect(text).not.toContain('Net foreign direct investment');
  });

  it('--csv prints the header of figures.csv and one row per matching figure', () => {
    const lines = policy(['figures', '--partner', 'KSA', '--period', 'FY2023-24', '--csv'])
      .stdout.trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,title,indicator,partner,period_start,period_end,value,unit,currency,/);
    const expected = figuresOf({ partner: 'saudi-arabia', period: 'FY2023-24' }).map((f) => f.id);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected);
  });

  it.each([
    [['--partner', 'chnia'], /^policy: no record matches "chnia"; did you mean/, 1],
    [['--partner', 'kashmir'], /--partner takes an actor or a relationship; "kashmir" is topics\/kashmir/, 2],
    [['--indicator', 'tonnes'], /--indicator "tonnes" names no indicator; one of: /, 2],
    [['--period', 'FY2023-25'], /--period "FY2023-25" is not a fiscal year/, 2],
    [['--json', '--csv'], /--json and --csv are two outputs; give one/, 2],
  ])('refuses %j in one line', (args, message, code) => {
    const r = policy(['figures', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('policy show and the figures', () => {
  it('lists a partner’s figures under a heading of their own, after the chronology', () => {
    const out = policy(['show', 'cn']).stdout;
    const events = out.indexOf('2024 in events');
    const section = out.indexOf('2024 in figures (official figures, cited to reports)');
    expect(section).toBeGreaterThan(events);
    for (const f of figuresOf({ partner: 'china' })) expect(out).toContain(`figures/${f.id}`);
    const gulf = policy(['show', 'KSA']).stdout;
    expect(gulf).toContain('Kingdom of Saudi Arabia: Exports');
  });
});

describe('text from the data on the terminal', () => {
  it('keeps no control character: escape sequences are dropped, line breaks become spaces', async () => {
    const { terminalText } = await import('../src/render/terminal-text.js');
    expect(terminalText('Dawn\u001b]0;owned\u0007 report\u009b2J\nline')).toBe('Dawn]0;owned report2J line');
    expect(terminalText('$5,432.929 million')).toBe('$5,432.929 million');
  });
});
