import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { docomoIdOperation } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import { docomoIdMessages } from '../model/docomo-id-messages';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { deleteField, DocomoIdDeletePage } from '../views/docomo-id-delete-page';
import { NoDocomoIdPage } from '../views/no-docomo-id-page';
import { afterNetworkPin } from './after-network-pin';
import { networkPinStep } from './network-pin-step';
import type { PortalContext } from './portal-context';

/** 削除 (delete): after the network PIN, a confirmation; 削除する removes the line's docomo ID. */
export function deleteHandlers(context: PortalContext): RequestHandler[] {
  const operation = docomoIdOperation('delete');
  const noDocomoId = (status: number) =>
    htmlResponse(status, createElement(NoDocomoIdPage, { issuePath: portalPaths.docomoIdOperation('issue'), title: operation.title }));
  const confirmation = (status: number, userId: string, errors?: string[], final = false) =>
    htmlResponse(
      status,
      createElement(DocomoIdDeletePage, { action: portalPaths.docomoIdDeleteConfirm, userId, menuPath: portalPaths.docomoIdMenu, errors, final }),
    );
  // The redesign revision asks twice: 削除する leads to a final confirmation, and only that deletes.
  const deletingAnswer = context.revision.deleteAsksTwice ? deleteField.final : deleteField.delete;

  return [
    ...networkPinStep(context, operation, portalPaths.docomoIdDeleteConfirm),
    http.get(
      portalPaths.docomoIdDeleteConfirm,
      afterNetworkPin(context, operation.slug, ({ line }) => {
        const docomoId = context.model.docomoIds.of(line.phoneNumber);
        return docomoId ? confirmation(200, docomoId.userId) : noDocomoId(200);
      }),
    ),
    http.post(
      portalPaths.docomoIdDeleteConfirm,
      afterNetworkPin(context, operation.slug, async ({ request, line }) => {
        const docomoId = context.model.docomoIds.of(line.phoneNumber);
        if (!docomoId) return noDocomoId(409);
        const answer = (await readForm(request)).field(deleteField.name);
        if (answer === deleteField.delete && answer !== deletingAnswer) return confirmation(200, docomoId.userId, undefined, true);
        if (answer !== deletingAnswer) {
          return confirmation(400, docomoId.userId, [docomoIdMessages.deleteConfirmationRequired]);
        }
        context.model.docomoIds.delete(line.phoneNumber);
        return seeOther(portalPaths.docomoIdDeleted);
      }),
    ),
    http.get(
      portalPaths.docomoIdDeleted,
      afterNetworkPin(context, operation.slug, ({ line }) =>
        context.model.docomoIds.of(line.phoneNumber)
          ? seeOther(portalPaths.docomoIdDeleteConfirm)
          : htmlResponse(
              200,
              createElement(CompletedPage, {
                title: 'docomo IDを削除しました',
                message: 'この回線のdocomo IDを削除しました。削除したdocomo IDでは、ログインできません。',
                back: { path: portalPaths.docomoIdMenu, label: 'メニューに戻る' },
              }),
            ),
      ),
    ),
  ];
}
