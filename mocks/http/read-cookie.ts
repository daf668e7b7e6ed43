/**
 * Reads one cookie from the request's own `cookie` header. msw's `cookies` resolver argument is
 * not used on purpose: msw merges in a process-wide cookie store, so a cookie set by one portal
 * would show up in another.
 */
export function readCookie(request: Request, name: string): string | undefined {
  return cookieFromHeader(request.headers.get('cookie'), name);
}

/** The same, from a raw `cookie` header value (e.g. Node's `IncomingMessage.headers.cookie`). */
export function cookieFromHeader(header: string | null | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}
