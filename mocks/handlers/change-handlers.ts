import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { docomoIdOperation } from '../docomo-id-operations';
import { htmlResponse } from '../http/html-response';
import { readForm } from '../http/read-form';
import { seeOther } from '../http/see-other';
import type { Line } from '../model/portal-model';
import { portalPaths } from '../portal-paths';
import { CompletedPage } from '../views/completed-page';
import { changeFields, DocomoIdChangePage } from '../views/docomo-id-change-page';
import { DocomoIdDetails } from '../views/docomo-id-details';
import { NoDocomoIdPage } from '../views/no-docomo-id-page';
import { afterNetworkPin } from './after-network-pin';
import { networkPinStep } from './network-pin-step';
import type { PortalContext } from './portal-context';

/** The done page's query when the user id changed too; any other value reads as "kept". */
const userIdChanged = 'id=changed';

/**
 * 変更/ロック解除 (change/unlock): after the network PIN, the form with the current user id
 * pre-filled and the new password twice. Kept, the user id stays and the ID is unlocked with the
 * new password; typed over, the user id changes as well (DocomoIds.change).
 */
export function changeHandlers(context: PortalContext): RequestHandler[] {
  const operation = docomoIdOperation('change');
  const noDocomoId = (status: number) =>
    htmlResponse(status, createElement(NoDocomoIdPage, { issuePath: portalPaths.docomoIdOperation('issue'), title: operation.title }));
  const form = (status: number, line: Line, userId: string, errors?: string[]) =>
    htmlResponse(
      status,
      createElement(DocomoIdChangePage, {
        action: portalPaths.docomoIdChangeForm,
        userId,
        locked: context.model.docomoIds.isLocked(line.phoneNumber),
        settings: context.settings,
        errors,
      }),
    );

  return [
    ...networkPinStep(context, operation, portalPaths.docomoIdChangeForm),
    http.get(
      portalPaths.docomoIdChangeForm,
      afterNetworkPin(context, operation.slug, ({ line }) => {
        const docomoId = context.model.docomoIds.of(line.phoneNumber);
        return docomoId ? form(200, line, docomoId.userId) : noDocomoId(200);
      }),
    ),
    http.post(
      portalPaths.docomoIdChangeForm,
      afterNetworkPin(context, operation.slug, async ({ request, line }) => {
        const posted = await readForm(request);
        const userId = posted.field(changeFields.userId);
        const result = context.model.docomoIds.change({
          phoneNumber: line.phoneNumber,
          userId,
          password: posted.field(changeFields.password),
          confirmation: posted.field(changeFields.confirmation),
        });
        switch (result.outcome) {
          case 'no-docomo-id':
            return noDocomoId(409);
          case 'refused':
            return form(
              400,
              line,
              userId,
              result.problems.map((problem) => problem.message),
            );
          case 'changed':
            return seeOther(result.userIdChanged ? `${portalPaths.docomoIdChanged}?${userIdChanged}` : portalPaths.docomoIdChanged);
        }
      }),
    ),
    http.get(
      portalPaths.docomoIdChanged,
      afterNetworkPin(context, operation.slug, ({ request, line }) => {
        const docomoId = context.model.docomoIds.of(line.phoneNumber);
        if (!docomoId) return noDocomoId(200);
        const changed = new URL(request.url).search === `?${userIdChanged}`;
        const message = changed
          ? 'docomo IDとパスワードを変更しました。ロックされていた場合は、ロックも解除されました。'
          : '新しいパスワードを設定しました。docomo IDは変わりません。ロックされていた場合は、ロックも解除されました。';
        return htmlResponse(
          200,
          createElement(
            CompletedPage,
            { title: '変更が完了しました', message, back: { path: portalPaths.docomoIdMenu, label: 'メニューに戻る' } },
            createElement(DocomoIdDetails, { userId: docomoId.userId }),
          ),
        );
      }),
    ),
  ];
}
