import type { PortalResolver } from '../http/portal-resolver';
import type { Session } from '../http/session-store';
import { withLine } from '../http/with-line';
import { withSession } from '../http/with-session';
import { withSpMode } from '../http/with-sp-mode';
import type { Line } from '../model/portal-model';
import type { PortalContext } from './portal-context';

/** Every docomo ID page: over sp-mode only, for a known line, within a session. */
export function docomoIdResolver(context: PortalContext, resolver: PortalResolver<{ line: Line; session: Session }>): PortalResolver {
  return withSpMode(withLine<object>(context.model, withSession<{ line: Line }>(context.sessions, resolver)));
}
