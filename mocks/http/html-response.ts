import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormTokenContext, formTokenScope } from './form-token';

/**
 * An HTML page response. Not msw's HttpResponse.html(): it sends `text/html` without a charset,
 * and a ja-JP Chromium then decodes the UTF-8 page as Shift_JIS (mojibake; role locators stop
 * matching). Pages are never cached: they show a line's credentials and change with its state.
 * A form on the page gets the token of the session it is rendered for (http/form-token.ts).
 */
export function htmlResponse(status: number, element: ReactElement, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  const page = createElement(FormTokenContext.Provider, { value: formTokenScope.getStore()?.formToken ?? '' }, element);
  return new Response(`<!doctype html>${renderToStaticMarkup(page)}`, { status, headers });
}
