import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { isNetwork } from '../carrier';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import type { PortalModel } from '../model/portal-model';
import { PhoneControlPage } from './phone-control-page';
import { phoneCookie, phoneSettingOf } from './phone-setting';

export const PHONE_CONTROL_PATH = '/__phone';

/** Any origin stands for "this server" while parsing: only the path part is ever kept. */
const here = 'http://portal.invalid';

/**
 * Only a path on this server. Parsed with URL as the browser will parse it, so `/\evil.example`
 * and `/<TAB>/evil.example` (the browser reads both as //evil.example) go to another host and are
 * refused; a path that comes out starting with `//` (from `/.//evil.example`) is refused too, as
 * the Location header would name another host.
 */
function safeBack(value: string | null): string {
  if (!value || !value.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, here);
  } catch {
    return '/';
  }
  if (url.origin !== here || url.pathname.startsWith('//')) return '/';
  return url.pathname + url.search + url.hash;
}

/**
 * The control page changes the phone, so only a page of this server may post to it: the browser
 * says where a post comes from (Sec-Fetch-Site, else Origin), and a cross-site one is refused.
 */
function postedFromHere(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  return origin === null || origin === new URL(request.url).origin;
}

/** The control page where a person picks the phone's network and line; not part of the portal. */
export function phoneControlHandlers(model: PortalModel): RequestHandler[] {
  return [
    http.get(PHONE_CONTROL_PATH, ({ request }) => {
      const phone = phoneSettingOf(request.headers.get('cookie') ?? undefined, model.phoneNumbers()[0]);
      const back = safeBack(new URL(request.url).searchParams.get('back'));
      return htmlResponse(200, createElement(PhoneControlPage, { phone, lines: model.phoneNumbers(), back }));
    }),
    http.post(PHONE_CONTROL_PATH, async ({ request }) => {
      if (!postedFromHere(request)) return new Response('Only the phone settings page itself may change the phone.', { status: 403 });
      const form = await readForm(request);
      const network = form.field('network');
      const line = form.field('line');
      const back = safeBack(form.field('back'));
      const cookie = phoneCookie({ network: isNetwork(network) ? network : 'sp-mode', line: line || undefined });
      return seeOther(back, { headers: { 'set-cookie': cookie } });
    }),
  ];
}
