import { createElement } from 'react';
import { FormRefusedPage } from '../views/form-refused-page';
import { carriesFormToken, formTokenScope } from './form-token';
import { htmlResponse } from './html-response';
import type { PortalResolver } from './portal-resolver';
import { readCookie } from './read-cookie';
import { SESSION_COOKIE, sessionCookie, type Session, type SessionStore } from './session-store';

/** Methods that only read: every other one changes something and must carry the form token. */
const safeMethods = new Set(['GET', 'HEAD']);

/**
 * Gives the resolver the browser's session, starting one (and setting its cookie) when the
 * request has none this portal knows, and sending the new cookie when the resolver renewed the id.
 *
 * It is also the portal's CSRF check, since every page that changes something goes through it: a
 * post without this session's form token (a cross-site page cannot read it) is refused with a 403
 * page before the resolver runs, so it changes nothing and spends no PIN or password attempt.
 */
export function withSession<Extra>(sessions: SessionStore, resolver: PortalResolver<Extra & { session: Session }>): PortalResolver<Extra> {
  return async (info) => {
    const known = sessions.find(readCookie(info.request, SESSION_COOKIE));
    const session = known ?? sessions.create();
    const idBefore = known?.id;
    const response =
      safeMethods.has(info.request.method) || (known && (await carriesFormToken(info.request, known.formToken)))
        ? await formTokenScope.run(session, () => resolver({ ...info, session }))
        : htmlResponse(403, createElement(FormRefusedPage));
    if (session.id === idBefore) return response;
    const headers = new Headers(response.headers);
    headers.append('set-cookie', sessionCookie(session.id));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
