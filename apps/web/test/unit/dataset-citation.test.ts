import { cslDataset, meta, npmPageUrl } from '@policy/pakistan-2024';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The site's citable metadata as a build with `SITE_URL` (or without it) computes it. */
async function citableWith(siteUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv('SITE_URL', siteUrl);
  return (await import('@/lib/dataset-citation')).citableMeta;
}

describe('the dataset as the site cites it', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('names the site’s data page as where the data can be had when SITE_URL is set', async () => {
    const citable = await citableWith('https://example.org/pakistan-2024');
    expect(cslDataset(citable).URL).toMatch(/^https:\/\/example\.org\/pakistan-2024\/?.*\/data$/);
    expect(cslDataset(citable)).not.toHaveProperty('publisher');
  });

  it('keeps the version’s npm page without SITE_URL', async () => {
    const citable = await citableWith(undefined);
    expect(cslDataset(citable).URL).toBe(npmPageUrl(meta.name, meta.version));
    expect(cslDataset(citable).publisher).toBe('npm');
  });
});
