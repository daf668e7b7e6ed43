import { escapeText } from './escape-mdx';
import type { GlossaryEntry } from './glossary';
import { frontMatter } from './render-feature-page';

const GLOSSARY_TITLE = 'The Japanese labels, in English';

const GLOSSARY_IMPORTS = "import { Fold, Terms, Term } from '@site/src/components/Glossary';";

const GROUPS: Array<[GlossaryEntry['action'], string, string]> = [
  ['tap', 'Buttons and links to tap', 'labels-to-tap'],
  ['fill', 'Fields to fill in', 'labels-to-fill-in'],
  ['see', 'Headings and messages to find', 'labels-to-find'],
];

/**
 * A phrasebook of every Japanese label the last check found on the portal's screens, by what the
 * reader does with it, then by English meaning. Each label is one line, with the id the steps
 * link to (`termAnchor`), that opens on the how-to pages using it. Measured at 390 px on a full
 * run (93 labels; 「お客様サポート」 is on 16 pages): the labels and their meanings alone are
 * 5,900 px, 7 screens; with their pages shown beside or under them, 8,500-10,100 px at these
 * type sizes. Built from the run, so it names only what was there.
 */
export function renderGlossary(entries: readonly GlossaryEntry[], position: number): string {
  const parts = [
    frontMatter({ title: GLOSSARY_TITLE, sidebar_label: 'Japanese labels', sidebar_position: position, toc_max_heading_level: 2 }),
    GLOSSARY_IMPORTS,
    'The portal is in Japanese. These are the labels the guide asks you to find, tap or fill in, with what they mean. ' +
      'Each one was on the screen in the last check; tap one to see the pages that use it.',
  ];
  if (entries.length === 0) parts.push('*The last check recorded no labels yet.*');
  for (const [action, title, anchor] of GROUPS) {
    const group = entries.filter((entry) => entry.action === action);
    if (group.length === 0) continue;
    parts.push(`## ${title} {/* #${anchor} */}`, ['<Terms>', ...group.map(renderTerm), '</Terms>'].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function renderTerm(entry: GlossaryEntry): string {
  // What she looks for on screen stands out; regular English wraps less than bold.
  const ja = `**<span lang="ja">「${escapeText(entry.ja)}」</span>**`;
  const meaning = entry.en.join(' / ');
  const summary = meaning ? `${ja} ${escapeText(meaning)}` : `${ja} *(no English meaning recorded)*`;
  const pages = entry.pages.map((page) => `- [${escapeText(page.title)}](./${page.slug}.mdx)`);
  return [`<Term id="${entry.anchor}">`, '<Fold>', `<summary>${summary}</summary>`, '', ...pages, '', '</Fold>', '</Term>'].join('\n');
}
