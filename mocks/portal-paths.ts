import type { DocomoIdOperationSlug } from './docomo-id-operations';

/**
 * Every address the portal serves, as relative paths: the same handlers answer under
 * https://smt.docomo.ne.jp in tests and under http://127.0.0.1:PORT in the standalone server.
 */
export const portalPaths = {
  top: '/',
  support: '/support/',
  supportTopic: (slug: string) => `/support/${slug}/`,
  docomoIdMenu: '/support/docomo-id/',
  /** Everything under the docomo ID menu: all of it sits behind the sp-mode gate. */
  docomoIdAnything: '/support/docomo-id/*',
  /** Each operation starts with the network PIN step at this address. */
  docomoIdOperation: (slug: DocomoIdOperationSlug) => `/support/docomo-id/${slug}/`,
  docomoIdVerifyResult: '/support/docomo-id/verify/result',
} as const;
