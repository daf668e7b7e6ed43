import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { docomoIdOperation } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { docomoIdMessages } from '../model/docomo-id-messages';
import type { Line } from '../model/portal-model';
import { portalPaths } from '../portal-paths';
import { consentField, DocomoIdConsentPage } from '../views/docomo-id-consent-page';
import { DocomoIdIssuedPage } from '../views/docomo-id-issued-page';
import { afterNetworkPin } from './after-network-pin';
import { networkPinStep } from './network-pin-step';
import type { PortalContext } from './portal-context';

/**
 * 発行 (create): after the network PIN, the terms; 同意する issues the ID (or reissues it, on a
 * line that has one) and the next page shows it.
 */
export function issueHandlers(context: PortalContext): RequestHandler[] {
  const operation = docomoIdOperation('issue');
  const consentPage = (status: number, line: Line, errors?: string[]) =>
    htmlResponse(
      status,
      createElement(DocomoIdConsentPage, {
        action: portalPaths.docomoIdIssueConsent,
        menuPath: portalPaths.docomoIdMenu,
        reissue: context.model.docomoIds.of(line.phoneNumber) !== undefined,
        errors,
      }),
    );

  return [
    ...networkPinStep(context, operation, portalPaths.docomoIdIssueConsent),
    http.get(
      portalPaths.docomoIdIssueConsent,
      afterNetworkPin(context, operation.slug, ({ line }) => consentPage(200, line)),
    ),
    http.post(
      portalPaths.docomoIdIssueConsent,
      afterNetworkPin(context, operation.slug, async ({ request, line }) => {
        if ((await readForm(request)).field(consentField.name) !== consentField.agree) return consentPage(400, line, [docomoIdMessages.consentRequired]);
        context.model.docomoIds.issue(line.phoneNumber);
        return seeOther(portalPaths.docomoIdIssued);
      }),
    ),
    http.get(
      portalPaths.docomoIdIssued,
      afterNetworkPin(context, operation.slug, ({ line }) => {
        const docomoId = context.model.docomoIds.of(line.phoneNumber);
        if (!docomoId) return seeOther(portalPaths.docomoIdIssueConsent);
        return htmlResponse(200, createElement(DocomoIdIssuedPage, { docomoId, menuPath: portalPaths.docomoIdMenu }));
      }),
    ),
  ];
}
