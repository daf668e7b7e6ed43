import { slugify } from './anchors';

const ROW = /^\s*\|.*\|\s*$/;
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * The credential map for a phone: each row of a Markdown table in the start page's description
 * (already escaped for MDX) becomes a card, a heading named by its first cell and a list of its
 * other cells under their column names, so nothing has to scroll sideways. The headings are
 * level 2, so the page's table of contents lists the credentials. Code blocks are left alone.
 */
export function tablesToCards(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const taken = new Set<string>();
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
    if (fenceMatch) fence = fence ? undefined : fenceMatch[1];
    if (fence || !ROW.test(lines[i]) || !DELIMITER.test(lines[i + 1] ?? '')) {
      out.push(lines[i]);
      continue;
    }
    const header = cells(lines[i]);
    let end = i + 2;
    for (; end < lines.length && ROW.test(lines[end]); end++) {
      const row = cells(lines[end]);
      const title = row[0].replace(/[*_`]/g, '').trim() || `Row ${end - i - 1}`;
      const base = `map-${slugify(title) || `row-${end - i - 1}`}`;
      let anchor = base;
      for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
      taken.add(anchor);
      out.push('', `## ${title} {/* #${anchor} */}`, '');
      header.forEach((name, column) => {
        if (column > 0 && row[column]) out.push(`- **${capitalise(name.replace(/[*_`]/g, ''))}**: ${row[column]}`);
      });
    }
    i = end - 1;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The cells of a table row; `\|` is a pipe inside a cell. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
