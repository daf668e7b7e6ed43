import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { docomoIdOperations, type DocomoIdOperationSlug } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { portalPaths } from '../portal-paths';
import { ComingSoonPage } from '../views/coming-soon-page';
import { DocomoIdMenuPage } from '../views/docomo-id-menu-page';
import { NotFoundPage } from '../views/not-found-page';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';
import { changeHandlers } from './change-handlers';
import { deleteHandlers } from './delete-handlers';
import { issueHandlers } from './issue-handlers';
import { verifyHandlers } from './verify-handlers';

/**
 * Each modelled operation's handlers: its network PIN step and the pages after it. An operation
 * not listed here shows 準備中 behind the same gate; adding one is a file and a line here.
 */
const operationHandlers: Partial<Record<DocomoIdOperationSlug, (context: PortalContext) => RequestHandler[]>> = {
  issue: issueHandlers,
  verify: verifyHandlers,
  change: changeHandlers,
  delete: deleteHandlers,
};

/** docomo ID/パスワード and everything under it, all behind the sp-mode gate. */
export function docomoIdHandlers(context: PortalContext): RequestHandler[] {
  return [
    http.get(
      portalPaths.docomoIdMenu,
      linePageResolver(context, () => htmlResponse(200, createElement(DocomoIdMenuPage))),
    ),
    ...docomoIdOperations.flatMap(
      (operation) =>
        operationHandlers[operation.slug]?.(context) ?? [
          http.get(
            portalPaths.docomoIdOperation(operation.slug),
            linePageResolver(context, () => htmlResponse(200, createElement(ComingSoonPage, { title: operation.title }))),
          ),
        ],
    ),
    // An unknown address under the menu is still behind the gate: Wi-Fi learns nothing from it.
    http.all(
      portalPaths.docomoIdAnything,
      linePageResolver(context, () => htmlResponse(404, createElement(NotFoundPage))),
    ),
  ];
}
