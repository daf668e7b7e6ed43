import type { AttachedFile, PlacedAttachment, Screenshot, ShownAttachment } from './guide-model';
import { codeBlock, escapeText, linkDestination } from './escape-mdx';

/** The path a page in the guide folder uses to reach an attached file. */
function filePath(file: AttachedFile): string {
  return `./files/${file.fileName}`;
}

/**
 * An attachment as Markdown: text in a code block (the beginning of a long one, with the whole
 * to download), links one per line, anything else a download link. Nothing from the run is
 * inlined as markup: an SVG or HTML file is only ever a link. `from` says where it came from.
 */
export function renderAttachment(attachment: ShownAttachment, from?: string): string {
  const lead = from ? `${escapeText(from)}: ` : '';
  if (attachment.kind === 'file') return `${lead}${downloadLink(attachment.file, `Download ${attachment.file.title}`)}`;
  if (attachment.kind === 'image') {
    const image = `![${escapeText(from ? `An image ${from.replace(/^Attached/, 'attached')}` : 'An attached image')}](./img/${attachment.screenshot.fileName})`;
    return from ? `${escapeText(from)}:\n\n${image}` : image;
  }
  if (attachment.kind === 'links') {
    const items = attachment.urls.map((url) => {
      const destination = linkDestination(url);
      return destination ? `- [${escapeText(url)}](${destination})` : `- ${escapeText(url)}`;
    });
    return [`${lead}**${attachment.urls.length === 1 ? 'Link' : 'Links'}**`, items.join('\n')].join('\n\n');
  }
  const parts = [`${lead}**${escapeText(attachment.title)}**`];
  parts.push(attachment.text.trim() === '' ? '*(empty)*' : codeBlock(attachment.text, attachment.language));
  if (attachment.whole) {
    const { lines, file } = attachment.whole;
    parts.push(`Only the beginning is shown: ${downloadLink(file, 'download the whole text')}, ${lines} lines.`);
  }
  return parts.join('\n\n');
}

/** Attachments shown outside the numbered steps, each saying where it came from. */
export function renderPlacedAttachments(placed: readonly PlacedAttachment[]): string[] {
  return placed.map(({ from, attachment }) => renderAttachment(attachment, from));
}

/** The files and images the rendered attachments link to (what the guide folder must hold for them). */
export function filesOf(attachments: readonly ShownAttachment[]): { files: AttachedFile[]; images: Screenshot[] } {
  const files: AttachedFile[] = [];
  const images: Screenshot[] = [];
  for (const attachment of attachments) {
    if (attachment.kind === 'file') files.push(attachment.file);
    else if (attachment.kind === 'text' && attachment.whole) files.push(attachment.whole.file);
    else if (attachment.kind === 'image') images.push(attachment.screenshot);
  }
  return { files, images };
}

function downloadLink(file: AttachedFile, text: string): string {
  return `[${escapeText(text)}](${filePath(file)}) (${escapeText(file.mediaType)}, ${size(file.bytes.length)})`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
