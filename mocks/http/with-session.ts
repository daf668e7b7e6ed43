import type { PortalResolver } from './portal-resolver';
import { readCookie } from './read-cookie';
import { SESSION_COOKIE, sessionCookie, type Session, type SessionStore } from './session-store';

/**
 * Gives the resolver the browser's session, starting one (and setting its cookie) when the
 * request has none this portal knows.
 */
export function withSession<Extra>(
  sessions: SessionStore,
  resolver: PortalResolver<Extra & { session: Session }>,
): PortalResolver<Extra> {
  return async (info) => {
    const known = sessions.find(readCookie(info.request, SESSION_COOKIE));
    const session = known ?? sessions.create();
    const response = await resolver({ ...info, session });
    if (known) return response;
    const headers = new Headers(response.headers);
    headers.append('set-cookie', sessionCookie(session.id));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
