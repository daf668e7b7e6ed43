import type { DocomoIdOperationSlug } from '../docomo-id-operations';
import type { PortalResolver } from '../http/portal-resolver';
import type { Session } from '../http/session-store';
import { seeOther } from '../http/see-other';
import type { Line } from '../model/portal-model';
import { portalPaths } from '../portal-paths';

type DocomoIdInfo = { line: Line; session: Session };

/**
 * Guards an operation's pages behind its network PIN step: without a PIN proven in this session
 * for this line and operation, the browser is sent to the PIN form first.
 */
export function withNetworkPin(operation: DocomoIdOperationSlug, resolver: PortalResolver<DocomoIdInfo>): PortalResolver<DocomoIdInfo> {
  return (info) => {
    if (!info.session.hasVerifiedNetworkPin(info.line.phoneNumber, operation)) return seeOther(portalPaths.docomoIdOperation(operation));
    return resolver(info);
  };
}
