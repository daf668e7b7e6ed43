import { slugify } from './anchors';
import { fencedLines } from './outside-code';

const ROW = /^\s*\|.*\|\s*$/;
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The column whose cell lists a credential's tasks as links, `·` between them. */
const TASKS = 'tasks';

/**
 * The credential map for a phone: each row of a Markdown table in the start page's description
 * (already escaped for MDX) becomes a small card, all of them in one grid (the site's stylesheet
 * lays it out): a heading named by the first cell, the other cells under their column names, and
 * the "tasks" cell as a row of links. A card is a few lines tall, so the four fit on the first
 * screen of a phone with their links, where a table would scroll sideways. Code blocks are kept.
 */
export function credentialCards(markdown: string): string {
  const lines = markdown.split('\n');
  const code = fencedLines(markdown);
  const out: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (code[i] || !ROW.test(lines[i]) || !DELIMITER.test(lines[i + 1] ?? '')) {
      out.push(lines[i]);
      continue;
    }
    const header = cells(lines[i]).map((name) => name.replace(/[*_`]/g, ''));
    let end = i + 2;
    const cards: string[] = [];
    for (; end < lines.length && ROW.test(lines[end]); end++) cards.push(card(header, cells(lines[end]), end - i - 1, taken));
    out.push('', '<div className="credential-cards">', '', ...cards, '</div>', '');
    i = end - 1;
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function card(header: string[], row: string[], number: number, taken: Set<string>): string {
  const title = row[0].replace(/[*_`]/g, '').trim() || `Row ${number}`;
  // Named by its English words: "sp-mode password (spモードパスワード)" is #map-sp-mode-password.
  const base = `map-${slugify(title.replace(/\s*\(.*$/, '')) || slugify(title) || `row-${number}`}`;
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  const facts: string[] = [];
  let tasks: string[] = [];
  header.forEach((name, column) => {
    const value = row[column];
    if (column === 0 || !value) return;
    if (name.trim().toLowerCase() === TASKS) tasks = value.split(/\s+·\s+/).map((task) => `- ${task.trim()}`);
    else facts.push(`- **${capitalise(name.trim())}**: ${value}`);
  });
  const parts = ['<div className="credential-card">', `## ${smallAside(title)} {/* #${anchor} */}`];
  if (facts.length > 0) parts.push(facts.join('\n'));
  if (tasks.length > 0) parts.push(['<div className="credential-tasks">', '', ...tasks, '', '</div>'].join('\n'));
  parts.push('</div>', '');
  return parts.join('\n\n');
}

/** The cells of a table row; `\|` is a pipe inside a cell. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** "sp-mode password (spモードパスワード)": the Japanese name in brackets is set small, so the heading keeps to one line. */
function smallAside(title: string): string {
  const aside = /^(.*\S)\s+(\([^()]*\))$/.exec(title);
  return aside ? `${aside[1]} <small>${aside[2]}</small>` : title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
