import type { PortalResolver } from '../http/portal-resolver';
import type { Session } from '../http/session-store';
import { withLine } from '../http/with-line';
import { withSession } from '../http/with-session';
import { withSpMode } from '../http/with-sp-mode';
import type { Line } from '../model/portal-model';
import type { PortalContext } from './portal-context';

/**
 * A page about the caller's own line: every docomo ID page, and the mail settings, the sp-mode
 * password, the network PIN, Wi-Fi credentials and content payment. Over sp-mode only, because
 * only sp-mode tells the portal which line is calling; for a known line; within a session.
 */
export function linePageResolver(context: PortalContext, resolver: PortalResolver<{ line: Line; session: Session }>): PortalResolver {
  return withSpMode(withLine<object>(context.model, withSession<{ line: Line }>(context.sessions, resolver)));
}
