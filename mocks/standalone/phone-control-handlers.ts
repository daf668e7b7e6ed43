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

/** Only a path on this server: never an absolute or protocol-relative address. */
function safeBack(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
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
      const form = await readForm(request);
      const network = form.field('network');
      const line = form.field('line');
      const back = safeBack(form.field('back'));
      const cookie = phoneCookie({ network: isNetwork(network) ? network : 'sp-mode', line: line || undefined });
      return seeOther(back, { headers: { 'set-cookie': cookie } });
    }),
  ];
}
