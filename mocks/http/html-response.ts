import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * An HTML page response. Not msw's HttpResponse.html(): it sends `text/html` without a charset,
 * and a ja-JP Chromium then decodes the UTF-8 page as Shift_JIS (mojibake; role locators stop
 * matching). Pages are never cached: they show a line's credentials and change with its state.
 */
export function htmlResponse(status: number, element: ReactElement, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return new Response(`<!doctype html>${renderToStaticMarkup(element)}`, { status, headers });
}
