import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { ContentPurchasePage } from '../views/content-purchase-page';
import { SP_MODE_PASSWORD_FIELD } from '../views/sp-mode-password-page';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';
import type { SessionProofs } from './session-proofs';
import { refusedSpModePassword } from './sp-mode-password-answers';

const purchased = 'content:ringtone';

/**
 * A paid item charged to the phone bill (spモードコンテンツ決済): buying it asks for the sp-mode
 * password, the same one as the mail settings, under the same lock. Over sp-mode only, as the
 * charge goes to the line the carrier's network names.
 */
export function contentPaymentHandlers(context: PortalContext, proofs: SessionProofs): RequestHandler[] {
  const form = (status: number, errors?: string[]) => htmlResponse(status, createElement(ContentPurchasePage, { action: portalPaths.contentPurchase, errors }));

  return [
    http.get(
      portalPaths.contentPurchase,
      linePageResolver(context, () => form(200)),
    ),
    http.post(
      portalPaths.contentPurchase,
      linePageResolver(context, async ({ request, line, session }) => {
        const attempt = context.model.spModePasswords.check(line.phoneNumber, (await readForm(request)).field(SP_MODE_PASSWORD_FIELD));
        if (attempt.check !== 'ok') return refusedSpModePassword(context, attempt, (errors) => form(400, errors));
        proofs.prove(session, line.phoneNumber, purchased);
        return seeOther(portalPaths.contentPurchased);
      }),
    ),
    http.get(
      portalPaths.contentPurchased,
      linePageResolver(context, ({ line, session }) =>
        proofs.has(session, line.phoneNumber, purchased)
          ? htmlResponse(
              200,
              createElement(CompletedPage, {
                title: 'ご購入ありがとうございました',
                message: '着信メロディ「さくら」を購入しました。110円は毎月の電話料金と合わせてご請求します。',
              }),
            )
          : seeOther(portalPaths.contentPurchase),
      ),
    ),
  ];
}
