/**
 * A 303 See Other to a path on the same portal. 303 (not 302) so that the browser follows a POST
 * with a GET. The location stays relative: the portal is served under more than one origin.
 */
export function seeOther(path: string, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('location', path);
  headers.set('cache-control', 'no-store');
  return new Response(null, { status: 303, headers });
}
