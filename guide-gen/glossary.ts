import { createHash } from 'node:crypto';
import type { Guide, ScreenLabel } from './GuideModel';
import { stepAnchor } from './anchors';
import { stepsShownEarlier } from './stepsShownEarlier';
import { walkthroughsOf } from './walkthroughs';

/** Where a label is used: a step on a page, and what the reader does with it there. */
export interface GlossaryUse {
  slug: string;
  pageTitle: string;
  walkthroughTitle: string;
  stepNumber: number;
  anchor: string;
  action: LabelAction;
}

/** What a reader does with a label on screen; a `do` instruction has no label, so no entry. */
export type LabelAction = Exclude<ScreenLabel['action'], 'do'>;

export interface GlossaryEntry {
  ja: string;
  /** What the reader mostly does with it: tap it if any step does, else fill it in, else find it. */
  action: LabelAction;
  /** The English meanings the steps gave it, usually one. */
  en: string[];
  anchor: string;
  uses: GlossaryUse[];
}

const ACTIONS: LabelAction[] = ['tap', 'fill', 'see'];

/** The glossary's id for a Japanese label: stable across runs, safe in a URL. */
export function termAnchor(ja: string): string {
  return `term-${createHash('sha1').update(ja).digest('hex').slice(0, 8)}`;
}

/**
 * Every Japanese label the run found on screen, from steps that passed (a failed step's labels
 * may be the ones it did not find), each with the steps that use it, by English meaning.
 */
export function buildGlossary(guide: Guide): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  const note = (labels: readonly ScreenLabel[], use: Omit<GlossaryUse, 'action'>) => {
    for (const label of labels) {
      if (label.action === 'do') continue;
      let entry = entries.get(label.ja);
      if (!entry) entries.set(label.ja, (entry = { ja: label.ja, action: label.action, en: [], anchor: termAnchor(label.ja), uses: [] }));
      if (ACTIONS.indexOf(label.action) < ACTIONS.indexOf(entry.action)) entry.action = label.action;
      if (label.en.trim() && !entry.en.includes(label.en.trim())) entry.en.push(label.en.trim());
      if (!entry.uses.some((u) => u.anchor === use.anchor && u.action === label.action)) entry.uses.push({ ...use, action: label.action });
    }
  };
  for (const feature of guide.features) {
    const pageTitle = feature.name.trim() || feature.slug;
    const backgrounds = [
      { background: feature.background, title: 'Before you start' },
      ...feature.children.flatMap((c) => ('rule' in c ? [{ background: c.rule.background, title: `${c.rule.name}: before you start` }] : [])),
    ];
    for (const { background, title } of backgrounds) {
      background?.steps.forEach((step, i) =>
        note(step.labels, { slug: feature.slug, pageTitle, walkthroughTitle: title, stepNumber: i + 1, anchor: stepAnchor(background.anchor, i + 1) }),
      );
    }
    // A step the page shows only as a link to its first showing is not a use of its own.
    const shownEarlier = stepsShownEarlier(feature);
    for (const { scenario, fullTitle: title } of walkthroughsOf(feature)) {
      scenario.steps.forEach((step, i) => {
        const anchor = stepAnchor(scenario.anchor, i + 1);
        if (step.status !== 'passed' || shownEarlier.has(anchor)) return;
        note(step.labels, { slug: feature.slug, pageTitle, walkthroughTitle: title, stepNumber: i + 1, anchor });
      });
    }
  }
  const sortKey = (entry: GlossaryEntry) => (entry.en[0] || entry.ja).toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  return [...entries.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.ja.localeCompare(b.ja, 'ja'));
}
