import type { GuideStep } from '../guide-model';
import { escapeText } from '../escape-mdx';

/**
 * The persona's facts a walkthrough set up, by row name in lower case ("network pin" → "4739"):
 * the two-column data tables of the steps that set the scene, before its first When or Then
 * ("Given Hanako has a docomo line:"). They are one made-up person's credentials, so a how-to
 * page shows them only marked as examples.
 */
export function personaFacts(steps: readonly Pick<GuideStep, 'keyword' | 'argument'>[]): Map<string, string> {
  const facts = new Map<string, string>();
  const end = steps.findIndex((step) => step.keyword === 'When' || step.keyword === 'Then');
  for (const { argument } of end === -1 ? steps : steps.slice(0, end)) {
    if (argument?.kind !== 'dataTable') continue;
    for (const row of argument.rows) {
      if (row.length === 2 && row[0].trim() && row[1].trim()) facts.set(row[0].trim().toLowerCase(), row[1].trim());
    }
  }
  return facts;
}

/** "e.g. 4739 — use your own", marked as an example (the class the site's test looks for). */
export function exampleValue(value: string): string {
  return `<span className="example">e.g. ${escapeText(value)} — use your own</span>`;
}

/**
 * MDX text (already escaped) with every persona value in it marked as an example: a reader must
 * never take Hanako's network PIN for the one to type. A value is found as it was written or as
 * escapeText writes it, only as a whole word, longer values first, so "090-1234-5678" is marked
 * whole rather than around its "1234".
 */
export function markExamples(mdx: string, values: readonly string[]): string {
  const forms = values.flatMap((value) => [value.trim(), escapeText(value.trim())]).filter((form) => form !== '');
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return mdx;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(regExpEscape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return mdx.replace(pattern, (value) => `<span className="example">${value} (an example)</span>`);
}

function regExpEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
