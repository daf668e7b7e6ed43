export type ResourceKind = 'html' | 'js' | 'css' | 'image' | 'font' | 'json' | 'other';

/**
 * What a response is, by its file name first (a `<link rel="prefetch">` of a JS chunk is typed
 * "other" by the browser, yet it is a JS chunk the phone downloads), else by its content type.
 */
export function resourceKind(url: string, contentType = ''): ResourceKind {
  const path = new URL(url, 'http://localhost').pathname.toLowerCase();
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'image';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.html') || contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/** Text compresses; a host that gzips sends these smaller. Images and fonts are compressed already. */
export const compressibleKinds: readonly ResourceKind[] = ['html', 'js', 'css', 'json', 'other'];
