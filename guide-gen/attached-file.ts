import { createHash } from 'node:crypto';
import type { AttachedFile } from './guide-model';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/json': 'json',
  'application/xml': 'xml',
  'application/zip': 'zip',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'text/x.cucumber.log+plain': 'txt',
  'text/xml': 'xml',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

// Docusaurus makes a page of every .md/.mdx file under docs/ (an attachment's content would be
// compiled as MDX), and links to .md/.html as routes, not as files to download; a script or a
// page served from the guide's own origin could run there. Such names get `.txt` added.
const NOT_SERVED_AS_IS = /\.(md|mdx|markdown|html?|xhtml|[cm]?js|jsx|tsx?)$/i;

/** The part of a media type that names it: `text/plain; charset=utf-8` → `text/plain`. */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

/**
 * An attachment's bytes as a file of the guide, named by a hash of its content and its own name
 * made safe for a URL (letters, digits, `.`, `_`, `-`), so the same file attached by many steps is
 * written once and a new run rewrites it identically.
 */
export function attachedFile(bytes: Uint8Array, mediaType: string, name?: string): AttachedFile {
  const type = baseMediaType(mediaType);
  const extension = EXTENSIONS[type] ?? (type.endsWith('+json') ? 'json' : type.endsWith('+xml') ? 'xml' : 'bin');
  let safe = (name ?? '')
    .split(/[/\\]/)
    .pop()!
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+\./g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (safe.length > 60) {
    const kept = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0] ?? '';
    safe = safe.slice(0, 60 - kept.length) + kept;
  }
  if (!safe) safe = 'attachment';
  if (!/\.[A-Za-z0-9]+$/.test(safe)) safe = `${safe}.${extension}`;
  if (NOT_SERVED_AS_IS.test(safe)) safe = `${safe}.txt`;
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  return { fileName: `${hash}-${safe}`, title: name?.trim() || 'the attachment', mediaType: type || 'application/octet-stream', bytes };
}
