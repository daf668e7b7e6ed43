import type { DocomoIdOperationSlug } from '../docomo-id-operations';
import type { PortalResolver } from '../http/portal-resolver';
import type { Session } from '../http/session-store';
import type { Line } from '../model/portal-model';
import { linePageResolver } from './line-page-resolver';
import type { PortalContext } from './portal-context';
import { withNetworkPin } from './with-network-pin';

/** A page inside a docomo ID operation: sp-mode, a known line, and this operation's PIN proven. */
export function afterNetworkPin(
  context: PortalContext,
  operation: DocomoIdOperationSlug,
  resolver: PortalResolver<{ line: Line; session: Session }>,
): PortalResolver {
  return linePageResolver(context, withNetworkPin(operation, resolver));
}
