/**
 * A client module (docusaurus.config.ts `clientModules`): links fetch their page's code when the
 * reader is about to follow them, not as soon as they scroll into view.
 *
 * Docusaurus's <Link> calls window.docusaurus.prefetch for every internal link the moment it is on
 * screen (@docusaurus/core lib/client/exports/Link.js, an IntersectionObserver), and each call
 * downloads all the JS of the page linked to. Measured with `npm run bench:site` on the full
 * guide as a 390×844 phone: a page downloaded 1.83 MB on load (median; 0.37 MB gzipped), about
 * 0.93 MB of it the code of the 15 or so pages it links to, which the reader had not opened.
 * Link still calls window.docusaurus.preload on touchstart and mouseenter, so a tapped page's code
 * starts loading as the finger lands; the router waits for it before it shows the new page.
 */

/** What window.docusaurus offers (@docusaurus/core lib/client/docusaurus.js). */
export interface RouteLoader {
  prefetch: (routePath: string) => false | Promise<unknown>;
  preload: (routePath: string) => false | Promise<unknown>;
}

const prefetchNothing = (): false => false;

/** The same loader with prefetch turned into "not needed" (false, as for a route already loaded). */
export function withoutPrefetch<T extends RouteLoader>(loader: T): T {
  if (loader.prefetch === prefetchNothing) return loader;
  return Object.freeze({ ...loader, prefetch: prefetchNothing });
}

/**
 * Docusaurus calls this first while it renders the first page (PendingNavigation's constructor,
 * before any link exists), after window.docusaurus is set, and again on every navigation.
 */
export function onRouteUpdate(): void {
  const page = globalThis as { docusaurus?: RouteLoader };
  if (page.docusaurus) page.docusaurus = withoutPrefetch(page.docusaurus);
}
