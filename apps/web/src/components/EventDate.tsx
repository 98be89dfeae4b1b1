import { formatDate } from '@policy/pakistan-2024';
import { spanParts } from '@/lib/date-span';

/**
 * A date, or a span as two `<time>` elements: a span is not a valid `datetime` value, and each end
 * keeps its own machine-readable date.
 */
export function EventDate({ date, end }: { date: string; end?: string | undefined }) {
  if (!end || end === date) return <time dateTime={date}>{formatDate(date)}</time>;
  const span = spanParts(date, end);
  return (
    <>
      <time dateTime={date}>{span.start}</time>
      {span.dash}
      <time dateTime={end}>{span.end}</time>
    </>
  );
}
