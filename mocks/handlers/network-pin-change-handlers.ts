import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { ContractMenuPage } from '../views/contract-menu-page';
import { NetworkPinChangePage, networkPinChangeFields as fields } from '../views/network-pin-change-page';
import { NetworkPinLockedPage } from '../views/network-pin-locked-page';
import { credentialMessages as messages, credentialPageTitles } from '../model/credential-messages';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';
import type { SessionProofs } from './session-proofs';

const changed = 'network-pin:changed';

/** ご契約内容の確認・変更 and its one modelled entry: changing the network PIN. */
export function networkPinChangeHandlers(context: PortalContext, proofs: SessionProofs): RequestHandler[] {
  const form = (status: number, errors?: string[]) =>
    htmlResponse(status, createElement(NetworkPinChangePage, { action: portalPaths.networkPinChange, errors }));

  return [
    http.get(portalPaths.contractMenu, () => htmlResponse(200, createElement(ContractMenuPage))),
    http.get(
      portalPaths.networkPinChange,
      linePageResolver(context, () => form(200)),
    ),
    http.post(
      portalPaths.networkPinChange,
      linePageResolver(context, async ({ request, line, session }) => {
        const posted = await readForm(request);
        const change = context.model.changeNetworkPin(line.phoneNumber, {
          current: posted.field(fields.current),
          next: posted.field(fields.next),
          confirmation: posted.field(fields.confirmation),
        });
        if (change.outcome === 'changed') {
          proofs.prove(session, line.phoneNumber, changed);
          return seeOther(portalPaths.networkPinChanged);
        }
        if (change.outcome === 'unacceptable') return form(400, [messages.newNetworkPin[change.problem]]);
        switch (change.check) {
          case 'locked':
            return htmlResponse(
              423,
              createElement(NetworkPinLockedPage, { maxFailures: context.settings.networkPinMaxFailures, menuPath: portalPaths.contractMenu }),
            );
          case 'invalid':
            return form(400, [messages.currentNetworkPinMalformed]);
          case 'wrong': {
            const left = context.model.line(line.phoneNumber)?.networkPinTriesLeft ?? 0;
            return form(400, [messages.currentNetworkPinWrong, messages.networkPinTriesLeft(left)]);
          }
        }
      }),
    ),
    http.get(
      portalPaths.networkPinChanged,
      linePageResolver(context, ({ line, session }) =>
        proofs.has(session, line.phoneNumber, changed)
          ? htmlResponse(
              200,
              createElement(CompletedPage, {
                title: credentialPageTitles.networkPinChange,
                message: 'ネットワーク暗証番号を変更しました。',
                back: { path: portalPaths.contractMenu, label: 'メニューに戻る' },
                children: createElement('p', null, '次回のお手続きから、新しいネットワーク暗証番号を入力してください。'),
              }),
            )
          : seeOther(portalPaths.networkPinChange),
      ),
    ),
  ];
}
