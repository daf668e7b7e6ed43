import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { MailSettingsPage, SPAM_FILTER_FIELD } from '../views/mail-settings-page';
import { SP_MODE_PASSWORD_FIELD, SpModePasswordPage } from '../views/sp-mode-password-page';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';
import type { SessionProofs } from './session-proofs';
import { refusedSpModePassword } from './sp-mode-password-answers';

const proof = 'sp-mode-password:mail';

/** ドコモメールの設定: the sp-mode password first, then the settings and their saving. */
export function mailSettingsHandlers(context: PortalContext, proofs: SessionProofs): RequestHandler[] {
  const passwordForm = (status: number, errors?: string[]) =>
    htmlResponse(status, createElement(SpModePasswordPage, { purpose: 'メール設定', action: portalPaths.mailSettings, errors }));
  const needsPassword = (resolver: Parameters<typeof linePageResolver>[1]) =>
    linePageResolver(context, (info) => (proofs.has(info.session, info.line.phoneNumber, proof) ? resolver(info) : seeOther(portalPaths.mailSettings)));

  return [
    http.get(
      portalPaths.mailSettings,
      linePageResolver(context, () => passwordForm(200)),
    ),
    http.post(
      portalPaths.mailSettings,
      linePageResolver(context, async ({ request, line, session }) => {
        const attempt = context.model.spModePasswords.check(line.phoneNumber, (await readForm(request)).field(SP_MODE_PASSWORD_FIELD));
        if (attempt.check !== 'ok') return refusedSpModePassword(context, attempt, (errors) => passwordForm(400, errors));
        context.sessions.renew(session);
        proofs.prove(session, line.phoneNumber, proof);
        return seeOther(portalPaths.mailSettingsForm);
      }),
    ),
    http.get(
      portalPaths.mailSettingsForm,
      needsPassword(({ line }) =>
        htmlResponse(200, createElement(MailSettingsPage, { values: context.model.mailSettings.of(line.phoneNumber), action: portalPaths.mailSettingsForm })),
      ),
    ),
    http.post(
      portalPaths.mailSettingsForm,
      needsPassword(async ({ request, line }) => {
        context.model.mailSettings.save(line.phoneNumber, { spamFilter: (await readForm(request)).field(SPAM_FILTER_FIELD) === 'on' });
        return seeOther(portalPaths.mailSettingsSaved);
      }),
    ),
    http.get(
      portalPaths.mailSettingsSaved,
      needsPassword(({ line }) => {
        const { spamFilter } = context.model.mailSettings.of(line.phoneNumber);
        return htmlResponse(
          200,
          createElement(CompletedPage, {
            title: 'メール設定の変更',
            message: 'メール設定を変更しました。',
            back: { path: portalPaths.mailSettingsForm, label: 'メール設定に戻る' },
            children: createElement('p', null, `迷惑メールフィルター：${spamFilter ? '利用する' : '利用しない'}`),
          }),
        );
      }),
    ),
  ];
}
