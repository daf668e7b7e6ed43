import { escapeText } from './escapeMdx';
import { evidenceUrl } from './evidencePage';
import type { GlossaryEntry, GlossaryUse } from './glossary';
import { frontMatter } from './renderFeaturePage';

export const GLOSSARY_TITLE = 'The Japanese labels, in English';

const DOING: Record<GlossaryUse['action'], string> = { tap: 'tap it', fill: 'fill it in', see: 'find it' };
const GROUPS: Array<[GlossaryUse['action'], string, string]> = [
  ['tap', 'Buttons and links to tap', 'labels-to-tap'],
  ['fill', 'Fields to fill in', 'labels-to-fill-in'],
  ['see', 'Headings and messages to find', 'labels-to-find'],
];

/**
 * Every Japanese label the last check found on the portal's screens, by English meaning, each
 * linked to the steps where the reader needs it, on the evidence pages (which show every step).
 * Built from the run, so it names only what was there.
 */
export function renderGlossary(entries: readonly GlossaryEntry[], position: number): string {
  const parts = [
    frontMatter({ title: GLOSSARY_TITLE, sidebar_label: 'Japanese labels', sidebar_position: position, toc_max_heading_level: 3 }),
    "import GlossaryUses from '@site/src/components/GlossaryUses';",
    'The portal is in Japanese. These are the labels the guide asks you to find, tap or fill in, with what they mean. ' +
      'Each one was on the screen in the last check; under each one, the steps where you meet it.',
  ];
  if (entries.length === 0) parts.push('*The last check recorded no labels yet.*');
  for (const [action, title, anchor] of GROUPS) {
    const group = entries.filter((entry) => entry.action === action);
    if (group.length === 0) continue;
    parts.push(`## ${title} {/* #${anchor} */}`);
    for (const entry of group) {
      const meaning = entry.en.join(' / ');
      const ja = `<span lang="ja">「${escapeText(entry.ja)}」</span>`;
      parts.push(`### ${escapeText(entry.ja)}${meaning ? `: ${escapeText(meaning)}` : ''} {/* #${entry.anchor} */}`);
      parts.push(meaning ? `${ja} means **${escapeText(meaning)}**.` : `${ja}: the check recorded no English meaning for it.`);
      parts.push(renderUses(entry.uses));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The steps that use a label, by page, as data for the GlossaryUses component, which shows them
 * when the reader opens them. As Markdown lists they were most of the page on the full run: 1,330
 * links, 380 KB of HTML (70,000 px) to lay out and hydrate, and a Lighthouse mobile performance of
 * 74 (total blocking time about 2 s). Shown on opening: 91 KB of HTML, performance 96.
 */
function renderUses(uses: readonly GlossaryUse[]): string {
  const byPage = new Map<string, GlossaryUse[]>();
  for (const use of uses) byPage.set(use.slug, [...(byPage.get(use.slug) ?? []), use]);
  const pages = [...byPage.values()].map((pageUses) => ({
    page: pageUses[0].pageTitle,
    steps: pageUses.map((use) => ({ text: `${use.walkthroughTitle}, step ${use.stepNumber}`, href: evidenceUrl(use.slug, use.anchor), doing: DOING[use.action] })),
  }));
  return `<GlossaryUses pages={${JSON.stringify(pages)}} />`;
}
