import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import type { Session } from '../http/session-store';
import type { Line } from '../model/portal-model';
import { NetworkPinLockedPage } from '../views/network-pin-locked-page';
import { NetworkPinPage } from '../views/network-pin-page';
import { credentialMessages as messages } from '../model/credential-messages';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';

/** The form field the network PIN is posted in (views/network-pin-page.tsx names its input so). */
const NETWORK_PIN_FIELD = 'networkPin';

export interface NetworkPinGateOptions {
  path: string;
  /** What the PIN opens, shown on the form, e.g. "spモードパスワードのリセット". */
  purpose: string;
  /** Where the locked page sends the customer back to. */
  menuPath: string;
  /** What a right PIN does: the reset itself, or marking the session and moving on. */
  onVerified: (info: { line: Line; session: Session }) => Response | Promise<Response>;
}

/**
 * The network PIN form, wherever the portal asks for it: the docomo ID operations (through
 * `networkPinStep`), the sp-mode password reset, the Wi-Fi credentials. It is one PIN, so one
 * form, one set of messages and one lock: a wrong PIN on any of these pages counts towards it.
 */
export function networkPinGate(context: PortalContext, options: NetworkPinGateOptions): RequestHandler[] {
  const form = (status: number, errors?: string[]) =>
    htmlResponse(status, createElement(NetworkPinPage, { purpose: options.purpose, action: options.path, errors }));

  return [
    http.get(
      options.path,
      linePageResolver(context, () => form(200)),
    ),
    http.post(
      options.path,
      linePageResolver(context, async ({ request, line, session }) => {
        switch (context.model.checkNetworkPin(line.phoneNumber, (await readForm(request)).field(NETWORK_PIN_FIELD))) {
          case 'ok':
            context.sessions.renew(session);
            return options.onVerified({ line, session });
          case 'wrong': {
            const left = context.model.line(line.phoneNumber)?.networkPinTriesLeft ?? 0;
            return form(400, [messages.networkPinWrong, messages.networkPinTriesLeft(left)]);
          }
          case 'invalid':
            return form(400, [messages.networkPinMalformed]);
          case 'locked':
            return htmlResponse(423, createElement(NetworkPinLockedPage, { maxFailures: context.settings.networkPinMaxFailures, menuPath: options.menuPath }));
        }
      }),
    ),
  ];
}
