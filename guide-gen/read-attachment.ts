import type { PortalSaid, RunInfo, RunSettings, ScreenLabel, Screenshot, ShownAttachment } from './guide-model';
import { screenshotFromBytes } from './screenshot-from-bytes';
import { shownAttachment } from './shown-attachment';

import { ARIA_MEDIA_TYPE, LABELS_MEDIA_TYPE, MESSAGES_MEDIA_TYPE, RUN_INFO_MEDIA_TYPE } from '../common/run-attachments';

export { LABELS_MEDIA_TYPE, RUN_INFO_MEDIA_TYPE };

/**
 * Reads the file an attachment points to instead of carrying it (`url`, or an
 * `externalAttachment`); undefined when there is no such file. The pure part of the generator
 * gets it from the caller, which knows where the stream was written.
 */
export type LoadExternal = (url: string) => Uint8Array | undefined;

export type AttachmentContent =
  | { kind: 'tap' | 'screen'; screenshot: Screenshot }
  | { kind: 'labels'; labels: ScreenLabel[] }
  | { kind: 'said'; said: PortalSaid[] }
  | { kind: 'run'; info: RunInfo }
  | { kind: 'aria'; snapshot: string }
  /** Anything else (a log, text, links, a PDF…): shown to the reader as it is. */
  | { kind: 'shown'; attachment: ShownAttachment }
  | { kind: 'problem'; reason: string };

const ACTIONS = new Set(['tap', 'fill', 'see', 'do']);
const BASE64 = /^[A-Za-z0-9+/_\s-]*(=\s*){0,2}$/;

/** The fields of an `attachment` or `externalAttachment` message that say what it holds. */
export interface AttachmentInput {
  mediaType?: string;
  contentEncoding?: string;
  body?: string;
  fileName?: string;
  url?: string;
}

/** What an attachment holds for the guide, or why it cannot be used. */
export function readAttachment(attachment: AttachmentInput, loadExternal: LoadExternal = () => undefined): AttachmentContent {
  const mediaType = String(attachment.mediaType ?? '');
  const fileName = attachment.fileName ?? (attachment.url ? attachment.url.split(/[/\\]/).pop() : undefined) ?? '';
  const isImage = mediaType === 'image/png' || mediaType === 'image/jpeg';
  const isAria = mediaType === ARIA_MEDIA_TYPE;

  let bytes: Uint8Array;
  if (typeof attachment.body === 'string' && !(attachment.url && attachment.body === '')) {
    if (attachment.contentEncoding !== 'BASE64') bytes = new Uint8Array(Buffer.from(attachment.body, 'utf8'));
    // Node decodes any string as base64, skipping what it cannot read: check first, or the guide shows garbage.
    else if (!BASE64.test(attachment.body)) return { kind: 'problem', reason: `${describe(fileName, mediaType)} says its body is BASE64, but it is not` };
    else bytes = new Uint8Array(Buffer.from(attachment.body, 'base64'));
  } else if (attachment.url) {
    const loaded = loadExternal(attachment.url);
    if (!loaded) return { kind: 'problem', reason: `${describe(fileName, mediaType)} points to ${attachment.url}, which is missing` };
    bytes = loaded;
  } else {
    return { kind: 'problem', reason: `${describe(fileName, mediaType)} has no body and no url` };
  }

  const ours = [RUN_INFO_MEDIA_TYPE, LABELS_MEDIA_TYPE, MESSAGES_MEDIA_TYPE].includes(mediaType);
  if (!isImage && !isAria && !ours) {
    return { kind: 'shown', attachment: shownAttachment(bytes, mediaType, attachment.fileName ?? (attachment.url ? fileName : undefined)) };
  }
  if (isImage) {
    const screenshot = screenshotFromBytes(bytes, mediaType);
    if (typeof screenshot === 'string') return { kind: 'problem', reason: `${describe(fileName, mediaType)}: ${screenshot}` };
    return { kind: /^tap-\d+(@\d+x)?\.\w+$/.test(fileName) ? 'tap' : 'screen', screenshot };
  }
  if (isAria) return { kind: 'aria', snapshot: Buffer.from(bytes).toString('utf8') };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { kind: 'problem', reason: `${describe(fileName, mediaType)} is not JSON` };
  }
  if (mediaType === MESSAGES_MEDIA_TYPE) {
    const said = Array.isArray(value) ? (value as unknown[]).filter(isPortalSaid) : [];
    if (!Array.isArray(value) || said.length !== value.length)
      return { kind: 'problem', reason: `${describe(fileName, mediaType)} is not a list of { ja, en } sentences` };
    return { kind: 'said', said: said.map(({ ja, en }) => ({ ja, en })) };
  }
  if (mediaType === LABELS_MEDIA_TYPE) {
    const labels = Array.isArray(value) ? value.filter(isLabel) : [];
    if (!Array.isArray(value) || labels.length !== value.length) {
      return {
        kind: 'problem',
        reason: `${describe(fileName, mediaType)} is not a list of { ja, en, action: tap|fill|see|do } (only a "do" may have an empty ja, and it needs its instruction in en)`,
      };
    }
    return { kind: 'labels', labels: labels.map(({ ja, en, action }) => ({ ja, en, action })) };
  }
  const info = value as Partial<RunInfo> | null;
  if (!info || typeof info.portal !== 'string' || typeof info.origin !== 'string') {
    return { kind: 'problem', reason: `${describe(fileName, mediaType)} has no portal and origin` };
  }
  return {
    kind: 'run',
    info: {
      portal: info.portal,
      origin: info.origin,
      ...(typeof info.revision === 'string' ? { revision: info.revision } : {}),
      ...(typeof info.commit === 'string' ? { commit: info.commit } : {}),
      ...settingsOf(info.settings),
    },
  };
}

/** The portal's numbers and words from run.json; anything else in it is left out. */
function settingsOf(value: unknown): { settings?: RunSettings } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries = Object.entries(value).filter(([, setting]) => (typeof setting === 'number' && Number.isFinite(setting)) || typeof setting === 'string');
  return entries.length > 0 ? { settings: Object.fromEntries(entries) } : {};
}

function isLabel(value: unknown): value is ScreenLabel {
  const label = value as Partial<ScreenLabel> | null;
  return (
    typeof label === 'object' &&
    label !== null &&
    typeof label.ja === 'string' &&
    typeof label.en === 'string' &&
    ACTIONS.has(String(label.action)) &&
    // A `do` is an instruction with no label on screen; every other action names one.
    (label.action === 'do' ? label.en.trim() !== '' : label.ja.trim() !== '')
  );
}

function isPortalSaid(value: unknown): value is PortalSaid {
  const said = value as Partial<PortalSaid> | null;
  return typeof said?.ja === 'string' && said.ja.trim() !== '' && typeof said.en === 'string';
}

function describe(fileName: string, mediaType: string): string {
  return fileName ? `${fileName} (${mediaType})` : mediaType;
}
