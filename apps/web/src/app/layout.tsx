import { meta } from '@policy/pakistan-2024';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { JsonLd } from '@/components/JsonLd';
import { websiteJsonLd } from '@/lib/jsonld';
import { feedAlternate } from '@/lib/metadata';
import { absoluteUrl, navigation, siteName, sitePath, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: meta.description,
  applicationName: siteName,
  openGraph: { siteName, type: 'website', locale: 'en_GB' },
  alternates: { types: feedAlternate },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f1ec' },
    { media: '(prefers-color-scheme: dark)', color: '#1f2228' },
  ],
};

/** The main navigation; `aria-current` is added to it after the build (see build/current-nav.ts). */
function SiteNav({ wide = false }: { wide?: boolean }) {
  return (
    <nav className={wide ? 'site-nav site-nav-wide' : 'site-nav'} aria-label="Main">
      <ul>
        {navigation.map((item) => (
          <li key={item.href}>
            <a href={sitePath(item.href)}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <JsonLd
          data={websiteJsonLd({
            name: siteName,
            url: absoluteUrl('/'),
            dataset: `${absoluteUrl('/data')}#dataset`,
          })}
        />
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={sitePath('/')}>
              {siteName}
            </a>
            {/* On a phone the navigation folds into a disclosure menu that needs no script; on a
                wider screen it is one row. Only one of the two is ever displayed. */}
            <details className="nav-menu">
              <summary>Menu</summary>
              <SiteNav />
            </details>
            <SiteNav wide />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <div className="wrap">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Dataset <a href={sitePath('/data')}>{meta.name}</a> version {meta.version}. Data under{' '}
              {meta.license.data}, code under {meta.license.code}.
            </p>
            <p>
              A cited reading of one essay; see <a href={sitePath('/about')}>the source and its author</a> and{' '}
              <a href={sitePath('/methodology')}>how the data was coded</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
