import type { ReactNode } from 'react';
import { portalPaths } from '../portal-paths';
import { portalStyles } from './portal-styles';

/**
 * The frame of every portal page. お客様サポート is linked both in the header and in the footer,
 * as on the real portal, where a customer may find it at either end of a long page.
 */
export function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title}｜docomo`}</title>
        {/* An empty icon, so the browser does not ask the portal for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: portalStyles }} />
      </head>
      <body>
        <header className="site-header">
          <a className="brand" href={portalPaths.top}>
            docomo
          </a>
          <a className="header-link" href={portalPaths.support}>
            お客様サポート
          </a>
        </header>
        <main>{children}</main>
        <footer className="site-footer">
          <a href={portalPaths.support}>お客様サポート</a>
          <a href={portalPaths.top}>トップ</a>
          <p className="mock-note">このサイトは説明用の模擬サイトです。実際のドコモのサイトではありません。</p>
        </footer>
      </body>
    </html>
  );
}
