import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import type { Session } from '../http/session-store';
import { withSession } from '../http/with-session';
import { docomoIdMessages } from '../model/docomo-id-messages';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { DocomoIdDetails } from '../views/docomo-id-details';
import { DocomoIdLockedPage } from '../views/docomo-id-locked-page';
import { DocomoIdLoginPage, loginFields } from '../views/docomo-id-login-page';
import type { PortalContext } from './portal-context';

/**
 * The docomo ID login page. No sp-mode gate and no line: it works over any network, and the
 * user id is looked up among every line's docomo ID. A wrong password counts against that ID's
 * line (DocomoIds.logIn); a locked ID gets a 423 page naming 変更/ロック解除 as the way out.
 */
export function loginHandlers(context: PortalContext): RequestHandler[] {
  /** Who each session logged in as; made with the handlers, so one portal's logins stay its own. */
  const loggedIn = new WeakMap<Session, string>();
  const form = (status: number, errors?: string[], userId?: string) =>
    htmlResponse(status, createElement(DocomoIdLoginPage, { action: portalPaths.login, heading: context.revision.loginHeading, errors, userId }));

  return [
    http.get(
      portalPaths.login,
      withSession(context.sessions, () => form(200)),
    ),
    http.post(
      portalPaths.login,
      withSession(context.sessions, async ({ request, session }) => {
        const posted = await readForm(request);
        const userId = posted.field(loginFields.userId);
        const password = posted.field(loginFields.password);
        if (userId === '' || password === '') return form(400, [docomoIdMessages.loginMissing], userId);
        const login = context.model.docomoIds.logIn(userId, password);
        switch (login.check) {
          case 'ok':
            context.sessions.renew(session);
            loggedIn.set(session, login.userId);
            return seeOther(portalPaths.loggedIn);
          case 'wrong':
            return form(400, [docomoIdMessages.loginWrong], userId);
          case 'locked':
            return htmlResponse(
              423,
              createElement(DocomoIdLockedPage, {
                message: docomoIdMessages.loginLocked(context.settings.docomoIdLoginMaxFailures),
                menuPath: portalPaths.docomoIdMenu,
              }),
            );
        }
      }),
    ),
    http.get(
      portalPaths.loggedIn,
      withSession(context.sessions, ({ session }) => {
        const userId = loggedIn.get(session);
        if (userId === undefined) return seeOther(portalPaths.login);
        return htmlResponse(
          200,
          createElement(
            CompletedPage,
            { title: 'ログインしました', message: 'docomo IDでログインしました。', back: { path: portalPaths.top, label: 'トップへ戻る' } },
            createElement(DocomoIdDetails, { userId }),
          ),
        );
      }),
    ),
  ];
}
