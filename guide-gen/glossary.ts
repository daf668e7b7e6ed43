import { createHash } from 'node:crypto';
import type { Guide, GuideFeature, GuideStep, ScreenLabel } from './guide-model';
import { walkthroughsOf } from './walkthroughs';

/** A page of the guide a label is used on: the how-to page (`./<slug>.mdx`) of a goal. */
export interface GlossaryPage {
  slug: string;
  title: string;
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
  /** The how-to pages of the goals whose checks use it, each once, in reading order. */
  pages: GlossaryPage[];
}

const ACTIONS: LabelAction[] = ['tap', 'fill', 'see'];

/** The glossary's id for a Japanese label: stable across runs, safe in a URL. */
export function termAnchor(ja: string): string {
  return `term-${createHash('sha1').update(ja).digest('hex').slice(0, 8)}`;
}

/**
 * Every Japanese label the run found on screen, from steps that passed (a failed step's labels
 * may be the ones it did not find), each with the how-to pages of the goals that use it, by
 * English meaning. The start page is a map, not a how-to: it is named only for a label that no
 * how-to page's goal uses, so that every label still leads somewhere.
 */
export function buildGlossary(guide: Guide): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  const onStartPage = new Map<string, GlossaryPage>();
  for (const feature of guide.features) {
    const page = { slug: feature.slug, title: feature.name.trim() || feature.slug };
    for (const label of labelsFound(feature)) {
      let entry = entries.get(label.ja);
      if (!entry) entries.set(label.ja, (entry = { ja: label.ja, action: label.action, en: [], anchor: termAnchor(label.ja), pages: [] }));
      if (ACTIONS.indexOf(label.action) < ACTIONS.indexOf(entry.action)) entry.action = label.action;
      if (label.en.trim() && !entry.en.includes(label.en.trim())) entry.en.push(label.en.trim());
      if (feature.isStart) onStartPage.set(label.ja, page);
      else if (!entry.pages.some((known) => known.slug === page.slug)) entry.pages.push(page);
    }
  }
  for (const [ja, page] of onStartPage) {
    const entry = entries.get(ja);
    if (entry?.pages.length === 0) entry.pages.push(page);
  }
  const sortKey = (entry: GlossaryEntry) => (entry.en[0] || entry.ja).toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  return [...entries.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.ja.localeCompare(b.ja, 'ja'));
}

/** The labels of a feature's Backgrounds and of its walkthroughs' passed steps, in page order. */
function labelsFound(feature: GuideFeature): Array<ScreenLabel & { action: LabelAction }> {
  const backgrounds = [feature.background, ...feature.children.map((child) => ('rule' in child ? child.rule.background : undefined))];
  const steps: Array<Pick<GuideStep, 'labels'>> = [
    ...backgrounds.flatMap((background) => background?.steps ?? []),
    ...walkthroughsOf(feature).flatMap(({ scenario }) => scenario.steps.filter((step) => step.status === 'passed')),
  ];
  return steps.flatMap((step) => step.labels.filter((label): label is ScreenLabel & { action: LabelAction } => label.action !== 'do'));
}
