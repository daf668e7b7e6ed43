import type { RequestHandler } from 'msw';
import { docomoIdHandlers } from './docomo-id-handlers';
import type { PortalContext } from './portal-context';
import { notFoundHandler, siteHandlers } from './site-handlers';

/** All of one portal's handlers, most specific first; the 404 page answers whatever is left. */
export function portalHandlers(context: PortalContext): RequestHandler[] {
  return [...siteHandlers(), ...docomoIdHandlers(context), notFoundHandler()];
}
