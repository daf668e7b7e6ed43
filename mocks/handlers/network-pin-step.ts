import type { RequestHandler } from 'msw';
import type { DocomoIdOperation } from '../docomo-id-operations';
import { seeOther } from '../http/see-other';
import { portalPaths } from '../portal-paths';
import { networkPinGate } from './network-pin-gate';
import type { PortalContext } from './portal-context';

/**
 * The network PIN step that opens every docomo ID operation: the portal's one network PIN form
 * (`networkPinGate`) at the operation's address; a right PIN marks the session for this operation
 * and sends the browser on to `next`, the operation's own first page.
 */
export function networkPinStep(context: PortalContext, operation: DocomoIdOperation, next: string): RequestHandler[] {
  const path = portalPaths.docomoIdOperation(operation.slug);
  return networkPinGate(context, {
    path,
    purpose: operation.title,
    menuPath: portalPaths.docomoIdMenu,
    onVerified: ({ line, session }) => {
      session.markNetworkPinVerified(line.phoneNumber, operation.slug);
      return seeOther(next);
    },
  });
}
