import type { RequestHandler } from 'msw';
import { credentialHandlers } from './credential-handlers';
import { docomoIdHandlers } from './docomo-id-handlers';
import { loginHandlers } from './login-handlers';
import type { PortalContext } from './portal-context';
import { notFoundHandler, siteHandlers } from './site-handlers';

/** All of one portal's handlers, most specific first; the 404 page answers whatever is left. */
export function portalHandlers(context: PortalContext): RequestHandler[] {
  // The credential pages come before the site's: msw answers with the first handler that matches,
  // and they replace the 準備中 pages of the support topics they live under.
  return [...credentialHandlers(context), ...siteHandlers(), ...docomoIdHandlers(context), ...loginHandlers(context), notFoundHandler()];
}
