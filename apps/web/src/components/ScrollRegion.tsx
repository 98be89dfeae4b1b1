import type { ReactNode } from 'react';

/**
 * A wide table (or code) that scrolls sideways on a narrow screen. It is a named region and takes
 * keyboard focus so that keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region rule).
 */
export function ScrollRegion({
  labelledBy,
  label,
  children,
}: {
  labelledBy?: string;
  label?: string;
  children: ReactNode;
}) {
  // A div with the region role, not a <section>: a section is a part of the outline and wants a
  // heading of its own (the Nu checker warns), while this is only a scrolling frame named by its
  // table's caption or its label.
  return (
    // biome-ignore lint/a11y/useSemanticElements: <section> would make the frame an outline section without a heading.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <div role="region" className="table-wrap" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A block of code that scrolls sideways when its lines are long (or wraps them, for prose), reachable by keyboard. */
export function CodeBlock({
  id,
  label,
  wrap = false,
  children,
}: {
  id?: string;
  label: string;
  wrap?: boolean;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <pre className={wrap ? 'wrap' : undefined}>
        <code id={id}>{children}</code>
      </pre>
    </ScrollRegion>
  );
}
