/**
 * What both ways of reaching a portal (the bridge into the embedded mock, and a portal at
 * PORTAL_URL) need to follow a redirect themselves instead of letting the browser do it:
 * Playwright never routes the request that follows a redirect (it continues it unseen), so a
 * redirect the browser followed could leave the portal unchecked. Each hop is followed here,
 * checked, and the browser gets only the final answer.
 */
export const maxRedirects = 10;

/** The absolute address a 3xx answer sends the browser to, or undefined for any other answer. */
export function redirectTarget(status: number, location: string | null | undefined, base: string): string | undefined {
  if (status < 300 || status > 399 || !location) return undefined;
  return new URL(location, base).href;
}

export function isHtml(contentType: string | null | undefined): boolean {
  return (contentType ?? '').startsWith('text/html');
}

/**
 * The page the browser gets after a followed redirect states its own address, as a redirect would
 * have: `history.replaceState` changes the URL without a second navigation, so a reload asks for
 * the redirect's target, not the form post again.
 */
export function showAddress(html: Buffer, url: string): Buffer {
  const script = `<script>history.replaceState(null, "", ${JSON.stringify(url)})</script>`;
  const text = html.toString('utf8');
  const head = /<head[^>]*>/i.exec(text);
  const at = head ? head.index + head[0].length : 0;
  return Buffer.from(text.slice(0, at) + script + text.slice(at), 'utf8');
}
