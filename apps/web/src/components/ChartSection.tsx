import { meta } from '@policy/pakistan-2024';
import { GlanceChart, GlanceKeyList, GlanceLegend } from '@/components/GlanceChart';
import { GlanceTable } from '@/components/GlanceTable';
import { LayerTag } from '@/components/Layers';
import { type ChartView, kindViews, laneViews } from '@/lib/chart-views';
import { sitePath } from '@/lib/site';

/** Links to every view of the chart, the current one marked: by partner (lane) and by kind. */
export function ChartViews({ current }: { current: string }) {
  const link = (path: string, label: string) => (
    <a href={sitePath(path)} {...(path === current ? { 'aria-current': 'page' as const } : {})}>
      {label}
    </a>
  );
  return (
    <nav aria-label="Narrow the chart" className="chart-views">
      <p>
        <strong>Partner:</strong> {link('/timeline', 'All')}
        {laneViews().map((l) => (
          <span key={l.id}> · {link(`/timeline/partner/${l.id}`, l.label)}</span>
        ))}
      </p>
      <p>
        <strong>Kind:</strong> {link('/timeline', 'All')}
        {kindViews().map((k) => (
          <span key={k.id}> · {link(`/timeline/kind/${k.id}`, k.label)}</span>
        ))}
      </p>
    </nav>
  );
}

/**
 * "2024 at a glance" for one view: the links that narrow it, the legend, the chart with its key
 * events numbered, their list, the table, and the downloads of the whole year's chart.
 */
export function ChartSection({ view, headingLevel = 2 }: { view: ChartView; headingLevel?: 1 | 2 }) {
  const Heading = `h${headingLevel}` as const;
  const whole = view.path === '/timeline';
  return (
    <>
      <Heading id="glance-heading">
        {meta.year} at a glance{whole ? '' : `: ${view.label}`}
      </Heading>
      <LayerTag layer="chronology">
        {view.events.length} {view.events.length === 1 ? 'event' : 'events'}
      </LayerTag>
      <p className="glance-intro">
        A lane per relationship the essay reads, per partner beyond it with three events or more, for the
        multilateral stage (the UN, the SCO, the IMF, the OIC) and for other partners. Every mark links to its
        event’s page; the numbers are the year’s key events. A line after a mark runs to the last day of an
        event of several days.
      </p>
      <ChartViews current={view.path} />
      <GlanceLegend />
      <GlanceChart layout={view.layout} events={view.events} titleId="glance-chart-title" />
      <GlanceKeyList events={view.events} />
      <GlanceTable layout={view.layout} events={view.events} />
      <p className="chart-downloads">
        Download the whole year’s chart:{' '}
        <a href={sitePath('/timeline/chart.svg')} download>
          SVG
        </a>{' '}
        ·{' '}
        <a href={sitePath('/timeline/chart.png')} download>
          PNG
        </a>{' '}
        · its events as{' '}
        <a href={sitePath('/timeline/chart.csv')} download>
          CSV
        </a>
      </p>
    </>
  );
}
