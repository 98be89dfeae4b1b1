import type { ReactNode } from 'react';

/** The size of every Open Graph image. */
export const ogSize = { width: 1200, height: 630 };

/** A title's font size: long names (an initiative's, say) get smaller type so that they stay on the card. */
function titleSize(title: string): number {
  if (title.length <= 32) return 84;
  if (title.length <= 56) return 66;
  return 54;
}

/**
 * The layout of a share image (rendered by next/og at build time, so only inline styles and
 * flexbox): the site's name on top, a title, and a footer line.
 */
export function OgCard({ kicker, title, children }: { kicker: string; title: string; children?: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#16181c',
        color: '#eceae4',
        fontSize: 32,
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#6fd3bd', letterSpacing: 1 }}>{kicker}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.1 }}>
          {title}
        </div>
        {children}
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#b4b6bc' }}>
        An open, cited dataset · stance is our coding of one essay
      </div>
    </div>
  );
}
