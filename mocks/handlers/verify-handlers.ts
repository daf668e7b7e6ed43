import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { docomoIdOperation } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { portalPaths } from '../portal-paths';
import { DocomoIdVerifyResultPage } from '../views/docomo-id-verify-result-page';
import { NoDocomoIdPage } from '../views/no-docomo-id-page';
import { linePageResolver } from './line-page-resolver';
import { networkPinStep } from './network-pin-step';
import type { PortalContext } from './portal-context';
import { withNetworkPin } from './with-network-pin';

/** 確認 (verify): after the network PIN, the line's docomo ID and password. */
export function verifyHandlers(context: PortalContext): RequestHandler[] {
  const operation = docomoIdOperation('verify');
  return [
    ...networkPinStep(context, operation, portalPaths.docomoIdVerifyResult),
    http.get(
      portalPaths.docomoIdVerifyResult,
      linePageResolver(
        context,
        withNetworkPin(operation.slug, ({ line }) => {
          const docomoId = context.model.docomoIdOf(line.phoneNumber);
          const page = docomoId
            ? createElement(DocomoIdVerifyResultPage, { docomoId, menuPath: portalPaths.docomoIdMenu, locked: line.docomoIdLocked })
            : createElement(NoDocomoIdPage, { issuePath: portalPaths.docomoIdOperation('issue') });
          return htmlResponse(200, page);
        }),
      ),
    ),
  ];
}
