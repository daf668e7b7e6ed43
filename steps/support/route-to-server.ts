import type { APIRequestContext, APIResponse, BrowserContext, Request, Route } from 'playwright';
import { isHtml, maxRedirects, redirectTarget, showAddress } from '../../mocks/followed-redirect';
import { blockUnroutedTraffic } from '../../mocks/unrouted-traffic';

export interface ServerRouting {
  /** The portal's origin, e.g. http://127.0.0.1:4010; any other origin is aborted, at any hop. */
  origin: string;
  /** Added to every request and to every hop of its redirects: the carrier's, and the test portal's name. */
  headers: () => Record<string, string>;
  onBlocked: (method: string, url: string) => void;
}

/**
 * Sends a context's requests to a portal served over HTTP, and nothing anywhere else. The request
 * is made from here (`route.fetch`, sharing the context's cookies), not continued: Playwright
 * never routes the request that follows a redirect, so a continued request's redirect took the
 * browser to another port unchecked. Each hop is followed and checked here, as the bridge does for
 * the embedded portal; a hop off the portal is blocked and reported. WebSockets, WebRTC and
 * workers, whose traffic no route sees, are refused (unrouted-traffic.ts).
 */
export async function routeContextToServer(context: BrowserContext, routing: ServerRouting): Promise<void> {
  await context.route('**/*', (route) =>
    // A server that stopped answering is a failed load for the page, as a continued request's would be.
    answer(context, route, routing).catch(() => route.abort('connectionfailed').catch(() => undefined)),
  );
  await blockUnroutedTraffic(context, routing.onBlocked);
}

async function answer(context: BrowserContext, route: Route, routing: ServerRouting): Promise<void> {
  const request = route.request();
  if (new URL(request.url()).origin !== routing.origin) return block(route, routing, request.url());
  const headers = { ...(await browserHeaders(request)), ...routing.headers() };
  let response = await route.fetch({ headers, maxRedirects: 0 });
  let url = request.url();
  for (let hops = 0; hops < maxRedirects; hops++) {
    const next = redirectTarget(response.status(), response.headers().location, url);
    if (!next) break;
    if (new URL(next).origin !== routing.origin) return block(route, routing, next);
    response = await followRedirect(context.request, { request, headers }, { status: response.status(), url: next });
    url = next;
  }
  if (url === request.url() || !request.isNavigationRequest() || !isHtml(response.headers()['content-type'])) {
    return route.fulfill({ response });
  }
  const { 'content-length': _length, ...finalHeaders } = response.headers();
  return route.fulfill({ response, headers: finalHeaders, body: showAddress(await response.body(), url) });
}

/**
 * One hop, as a browser makes it: 307 and 308 repeat the request, any other redirect is a GET.
 * The cookie header is left out so the context's cookies, with those the redirect just set, go.
 */
function followRedirect(
  api: APIRequestContext,
  sent: { request: Request; headers: Record<string, string> },
  redirect: { status: number; url: string },
): Promise<APIResponse> {
  const { cookie: _cookie, 'content-type': type, 'content-length': _length, ...headers } = sent.headers;
  if (redirect.status === 307 || redirect.status === 308) {
    const data = sent.request.postDataBuffer() ?? undefined;
    return api.fetch(redirect.url, {
      method: sent.request.method(),
      headers: { ...headers, ...(type ? { 'content-type': type } : {}) },
      data,
      maxRedirects: 0,
    });
  }
  return api.fetch(redirect.url, { method: 'GET', headers, maxRedirects: 0 });
}

async function browserHeaders(request: Request): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(await request.allHeaders())) if (!name.startsWith(':')) headers[name] = value;
  return headers;
}

async function block(route: Route, routing: ServerRouting, url: string): Promise<void> {
  routing.onBlocked(route.request().method(), url);
  await route.abort('blockedbyclient');
}
