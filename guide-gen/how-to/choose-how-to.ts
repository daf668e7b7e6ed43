import type { Guide, GuideFeature } from '../guide-model';
import { walkthroughsOf, type Walkthrough } from '../walkthroughs';

/** The tag that marks a feature's one walkthrough to teach on its how-to page. */
const HOW_TO_TAG = '@how-to';

export interface HowToChoice {
  /** The walkthrough the how-to page teaches; none for a feature with no walkthroughs. */
  walkthrough?: Walkthrough;
  /** Why it is not the tagged one, for the generator's warnings. */
  warning?: string;
}

/**
 * The walkthrough a feature's how-to page teaches: the one tagged `@how-to` when it passed in the
 * last check. Else the first that passed, so that the page teaches only what worked, and a
 * warning says so; else the tagged one (or the first) as written, which the page then marks as
 * not passed or not checked. A tagged walkthrough the run did not reach (a run of other
 * features) is not warned about: its page says it was not checked, and there is nothing to fix.
 */
export function chooseHowTo(feature: GuideFeature): HowToChoice {
  const all = walkthroughsOf(feature);
  if (all.length === 0) return {};
  const tagged = all.filter(({ scenario }) => scenario.tags.includes(HOW_TO_TAG));
  const page = `"${feature.name.trim() || feature.slug}" (${feature.uri})`;
  const wanted = tagged[0];
  const more = tagged.length > 1 ? ` ${tagged.length} walkthroughs are tagged ${HOW_TO_TAG}: the first is used; tag only one.` : '';
  if (wanted?.scenario.status === 'passed') return more ? { walkthrough: wanted, warning: `${page}:${more}` } : { walkthrough: wanted };
  const fallback = all.find(({ scenario }) => scenario.status === 'passed') ?? wanted ?? all[0];
  // A run of other features only did not reach this one: its page says so, and nothing needs fixing.
  if (fallback === wanted && wanted.scenario.status === 'not-run') return more ? { walkthrough: wanted, warning: `${page}:${more}` } : { walkthrough: wanted };
  const shown =
    fallback.scenario.status === 'passed'
      ? `its how-to page teaches the first that passed, "${fallback.fullTitle}"`
      : `its how-to page shows "${fallback.fullTitle}" as written, marked ${fallback.scenario.status === 'not-run' ? 'not checked' : 'as not passed'}`;
  const warning = wanted
    ? `${page}: its ${HOW_TO_TAG} walkthrough "${wanted.fullTitle}" did not pass (${wanted.scenario.status}), so ${shown}.${more}`
    : `${page}: no walkthrough is tagged ${HOW_TO_TAG}, so ${shown}. Tag its shortest passing happy path ${HOW_TO_TAG}.`;
  return { walkthrough: fallback, warning };
}

/**
 * The generator's warnings about how-to pages: one per feature that needs a look (not the start
 * page), and one per message the portal showed that the run could not translate.
 */
export function howToWarnings(guide: Guide): string[] {
  const untranslated = new Map<string, string>();
  for (const feature of guide.features) {
    for (const { scenario } of walkthroughsOf(feature)) {
      for (const { ja, en } of (scenario.ranSteps ?? scenario.steps).flatMap((step) => step.said ?? [])) {
        if (!en.trim() && !untranslated.has(ja)) untranslated.set(ja, `${feature.name} › ${scenario.name}`);
      }
    }
  }
  return [
    ...guide.features.filter((feature) => !feature.isStart).flatMap((feature) => chooseHowTo(feature).warning ?? []),
    ...[...untranslated].map(
      ([ja, where]) =>
        `the portal said 「${ja}」 (${where}) and the run had no English for it: the guide shows it untranslated. Add it to steps/pages/portal-messages.ts.`,
    ),
  ];
}
