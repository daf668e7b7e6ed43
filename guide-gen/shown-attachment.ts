import type { ShownAttachment } from './guide-model';
import { attachedFile, baseMediaType } from './attached-file';
import { stripAnsi } from './escape-mdx';

const LOG_MEDIA_TYPE = 'text/x.cucumber.log+plain';
/** How much of a text a page shows before it offers the whole as a file (a log can be megabytes). */
export const SHOWN_LINES = 50;
export const SHOWN_CHARACTERS = 4000;

// Control characters other than tab and line breaks: such "text" is binary, and is offered as a file.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * How a page shows an attachment the project does not make itself: a log, plain text or JSON
 * (pretty) as text, a `text/uri-list` as links, anything else (a PDF, an SVG, a GIF, bytes) as a
 * file to download. Text that is not UTF-8, or is binary, is offered as a file too.
 */
export function shownAttachment(bytes: Uint8Array, mediaType: string, fileName?: string): ShownAttachment {
  const type = baseMediaType(mediaType);
  const isJson = type === 'application/json' || type.endsWith('+json');
  const isText = type === 'text/plain' || type === LOG_MEDIA_TYPE || type === 'text/uri-list' || isJson;
  const text = isText ? readableText(bytes) : undefined;
  if (text === undefined) return { kind: 'file', file: attachedFile(bytes, mediaType, fileName) };

  if (type === 'text/uri-list') {
    // RFC 2483: one URI a line; lines starting with # are comments.
    const urls = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    if (urls.length > 0) return { kind: 'links', urls };
  }
  let shown = text;
  let language = 'text';
  if (isJson) {
    try {
      shown = JSON.stringify(JSON.parse(text), null, 2);
      language = 'json';
    } catch {
      // Not JSON after all: shown as the text it is.
    }
  }
  const title = type === LOG_MEDIA_TYPE ? 'Log' : fileName?.trim() || (isJson ? 'JSON' : 'Text');
  const lines = shown.split('\n');
  const beginning = beginningOf(lines);
  if (beginning === shown) return { kind: 'text', title, text: shown, language };
  return {
    kind: 'text',
    title,
    text: beginning,
    language,
    whole: { lines: lines.length, file: attachedFile(bytes, mediaType, fileName ?? (type === LOG_MEDIA_TYPE ? 'log.txt' : undefined)) },
  };
}

/** The bytes as text without terminal colours, or undefined when they are not UTF-8 text. */
function readableText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  text = stripAnsi(text).replace(/\r\n?/g, '\n');
  return BINARY.test(text) ? undefined : text;
}

/** The first SHOWN_LINES lines, cut short at SHOWN_CHARACTERS. */
function beginningOf(lines: readonly string[]): string {
  const kept = lines.slice(0, SHOWN_LINES).join('\n');
  if (kept.length <= SHOWN_CHARACTERS) return kept;
  // Never half of a character written as two UTF-16 units.
  const end = /[\ud800-\udbff]/.test(kept[SHOWN_CHARACTERS - 1]) ? SHOWN_CHARACTERS - 1 : SHOWN_CHARACTERS;
  return kept.slice(0, end);
}
