import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import type { DocomoIdOperation } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { NetworkPinLockedPage } from '../views/network-pin-locked-page';
import { NetworkPinPage } from '../views/network-pin-page';
import { docomoIdResolver } from './docomo-id-resolver';
import type { PortalContext } from './portal-context';

export const NETWORK_PIN_FIELD = 'networkPin';

/**
 * The network PIN step that opens every docomo ID operation: GET shows the form at the
 * operation's address, POST checks the PIN and, when right, marks the session and sends the
 * browser on to `next`, the operation's own first page.
 */
export function networkPinStep(context: PortalContext, operation: DocomoIdOperation, next: string): RequestHandler[] {
  const path = portalPaths.docomoIdOperation(operation.slug);
  const form = (status: number, errors?: string[]) => htmlResponse(status, createElement(NetworkPinPage, { purpose: operation.title, action: path, errors }));

  return [
    http.get(
      path,
      docomoIdResolver(context, () => form(200)),
    ),
    http.post(
      path,
      docomoIdResolver(context, async ({ request, line, session }) => {
        const check = context.model.checkNetworkPin(line.phoneNumber, (await readForm(request)).field(NETWORK_PIN_FIELD));
        switch (check) {
          case 'ok':
            context.sessions.renew(session);
            session.markNetworkPinVerified(line.phoneNumber, operation.slug);
            return seeOther(next);
          case 'wrong': {
            const triesLeft = context.model.line(line.phoneNumber)?.networkPinTriesLeft ?? 0;
            return form(400, ['ネットワーク暗証番号が正しくありません。', `あと${triesLeft}回間違えると、ネットワーク暗証番号がロックされます。`]);
          }
          case 'invalid':
            return form(400, ['ネットワーク暗証番号は、4桁の半角数字で入力してください。']);
          case 'locked':
            return htmlResponse(
              423,
              createElement(NetworkPinLockedPage, { maxFailures: context.settings.networkPinMaxFailures, menuPath: portalPaths.docomoIdMenu }),
            );
        }
      }),
    ),
  ];
}
