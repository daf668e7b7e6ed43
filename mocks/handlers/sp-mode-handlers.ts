import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { SpModeMenuPage } from '../views/sp-mode-menu-page';
import { SpModePasswordChangePage, spModePasswordChangeFields as fields } from '../views/sp-mode-password-change-page';
import { credentialMessages as messages, credentialPageTitles } from '../model/credential-messages';
import { linePageResolver } from './line-page-resolver';
import { networkPinGate } from './network-pin-gate';
import type { PortalContext } from './portal-context';
import type { SessionProofs } from './session-proofs';
import { refusedSpModePassword } from './sp-mode-password-answers';

const changed = 'sp-mode-password:changed';
const reset = 'sp-mode-password:reset';

/** spモードのご利用・設定: changing the sp-mode password (needs the current one) and resetting it (needs the network PIN). */
export function spModeHandlers(context: PortalContext, proofs: SessionProofs): RequestHandler[] {
  const changeForm = (status: number, errors?: string[]) =>
    htmlResponse(status, createElement(SpModePasswordChangePage, { action: portalPaths.spModePasswordChange, errors }));
  const backToMenu = { path: portalPaths.spModeMenu, label: 'メニューに戻る' };

  return [
    // The menu itself shows nothing of the line, so any network may see it; its pages are sp-mode only.
    http.get(portalPaths.spModeMenu, () => htmlResponse(200, createElement(SpModeMenuPage))),
    http.get(
      portalPaths.spModePasswordChange,
      linePageResolver(context, () => changeForm(200)),
    ),
    http.post(
      portalPaths.spModePasswordChange,
      linePageResolver(context, async ({ request, line, session }) => {
        const form = await readForm(request);
        const change = context.model.spModePasswords.change(
          line.phoneNumber,
          form.field(fields.current),
          form.field(fields.next),
          form.field(fields.confirmation),
        );
        switch (change.outcome) {
          case 'changed':
            proofs.prove(session, line.phoneNumber, changed);
            return seeOther(portalPaths.spModePasswordChanged);
          case 'unacceptable':
            return changeForm(400, [messages.newSpModePassword[change.problem]]);
          case 'refused':
            return refusedSpModePassword(context, change.attempt, (errors) => changeForm(400, errors), {
              wrong: messages.currentSpModePasswordWrong,
              malformed: messages.currentSpModePasswordMalformed,
            });
        }
      }),
    ),
    http.get(
      portalPaths.spModePasswordChanged,
      linePageResolver(context, ({ line, session }) =>
        proofs.has(session, line.phoneNumber, changed)
          ? htmlResponse(
              200,
              createElement(CompletedPage, {
                title: credentialPageTitles.spModePasswordChange,
                message: 'spモードパスワードを変更しました。',
                back: backToMenu,
              }),
            )
          : seeOther(portalPaths.spModePasswordChange),
      ),
    ),
    ...networkPinGate(context, {
      path: portalPaths.spModePasswordReset,
      purpose: credentialPageTitles.spModePasswordReset,
      menuPath: portalPaths.spModeMenu,
      onVerified: ({ line, session }) => {
        context.model.spModePasswords.reset(line.phoneNumber);
        proofs.prove(session, line.phoneNumber, reset);
        return seeOther(portalPaths.spModePasswordResetDone);
      },
    }),
    http.get(
      portalPaths.spModePasswordResetDone,
      linePageResolver(context, ({ line, session }) =>
        proofs.has(session, line.phoneNumber, reset)
          ? htmlResponse(
              200,
              createElement(CompletedPage, {
                title: credentialPageTitles.spModePasswordReset,
                message: `spモードパスワードを「${context.settings.spModePasswordDefault}」にリセットしました。`,
                back: backToMenu,
                children: createElement('p', null, 'ロックされていた場合は、ロックも解除されました。新しい番号への変更をおすすめします。'),
              }),
            )
          : seeOther(portalPaths.spModePasswordReset),
      ),
    ),
  ];
}
