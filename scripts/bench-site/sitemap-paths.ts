/**
 * The paths of the pages a sitemap.xml lists, in its order. Docusaurus writes absolute URLs on the
 * site's configured `url` (http://localhost here), not on the address it is served from, so only
 * the path (with any query) is kept, to be opened on the local server.
 */
export function sitemapPaths(xml: string): string[] {
  const paths = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => {
    const url = new URL(match[1].replace(/&amp;/g, '&'), 'http://localhost');
    return `${url.pathname}${url.search}`;
  });
  return [...new Set(paths)];
}
