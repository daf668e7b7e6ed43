import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { withSession } from '../http/with-session';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { WifiCredentialsPage } from '../views/wifi-credentials-page';
import { WifiLoginPage, wifiLoginFields as fields } from '../views/wifi-login-page';
import { WifiMenuPage } from '../views/wifi-menu-page';
import { credentialMessages as messages, credentialPageTitles } from '../model/credential-messages';
import { linePageResolver } from './line-page-resolver';
import { networkPinGate } from './network-pin-gate';
import type { PortalContext } from './portal-context';
import type { SessionProofs } from './session-proofs';

const shown = 'wifi-credentials';
const loggedIn = 'wifi-login';
/** A hotspot's login has no line: its proof is kept under no phone number. */
const noLine = '';

/** Wi-Fiサービス: the Wi-Fi credentials (after the network PIN) and docomo Wi-Fi's own login page. */
export function wifiHandlers(context: PortalContext, proofs: SessionProofs): RequestHandler[] {
  const loginForm = (status: number, errors?: string[], userId?: string) =>
    htmlResponse(status, createElement(WifiLoginPage, { action: portalPaths.wifiLogin, errors, userId }));

  return [
    http.get(portalPaths.wifiMenu, () => htmlResponse(200, createElement(WifiMenuPage))),
    ...networkPinGate(context, {
      path: portalPaths.wifiCredentials,
      purpose: credentialPageTitles.wifiCredentials,
      menuPath: portalPaths.wifiMenu,
      // A network PIN proof like the docomo ID's: it ends when the PIN changes or locks, or idles out.
      onVerified: ({ line, session }) => {
        session.markNetworkPinVerified(line.phoneNumber, shown);
        return seeOther(portalPaths.wifiCredentialsShown);
      },
    }),
    http.get(
      portalPaths.wifiCredentialsShown,
      linePageResolver(context, ({ line, session }) =>
        session.hasVerifiedNetworkPin(line.phoneNumber, shown)
          ? htmlResponse(
              200,
              createElement(WifiCredentialsPage, { credentials: context.model.wifiAccounts.of(line.phoneNumber), menuPath: portalPaths.wifiMenu }),
            )
          : seeOther(portalPaths.wifiCredentials),
      ),
    ),
    http.get(
      portalPaths.wifiLogin,
      withSession(context.sessions, () => loginForm(200)),
    ),
    http.post(
      portalPaths.wifiLogin,
      withSession(context.sessions, async ({ request, session }) => {
        const posted = await readForm(request);
        const entered = { userId: posted.field(fields.userId), password: posted.field(fields.password) };
        switch (context.model.wifiAccounts.login(entered)) {
          case 'ok':
            context.sessions.renew(session);
            proofs.prove(session, noLine, loggedIn);
            return seeOther(portalPaths.wifiLoggedIn);
          case 'invalid':
            return loginForm(400, [messages.wifiLoginMalformed], entered.userId);
          case 'wrong':
            return loginForm(400, [messages.wifiLoginWrong], entered.userId);
        }
      }),
    ),
    http.get(
      portalPaths.wifiLoggedIn,
      withSession(context.sessions, ({ session }) =>
        proofs.has(session, noLine, loggedIn)
          ? htmlResponse(
              200,
              createElement(CompletedPage, { title: 'Wi-Fiに接続しました', message: 'docomo Wi-Fiにログインしました。インターネットをご利用いただけます。' }),
            )
          : seeOther(portalPaths.wifiLogin),
      ),
    ),
  ];
}
