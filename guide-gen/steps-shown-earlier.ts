import type { GuideFeature, GuideStep } from './guide-model';
import { stepAnchor } from './anchors';
import { walkthroughsOf } from './walkthroughs';

/**
 * The steps a page shows once in full and afterwards only names, by id: step id → the id of the
 * step that shows it. Most walkthroughs on a page start the same way ("she has entered her network
 * PIN to change or unlock her docomo ID"), and repeating its taps and screenshots in every one made
 * the longest page about 100,000 px tall on a phone. Only the setting-up steps a walkthrough starts
 * with (its Givens) are folded, and only when both runs passed and the first one has pictures:
 * what the walkthrough then does, and what it checks, is always shown.
 */
export function stepsShownEarlier(feature: GuideFeature): Map<string, string> {
  const firstShown = new Map<string, string>();
  const repeats = new Map<string, string>();
  for (const { scenario } of walkthroughsOf(feature)) {
    leadingGivens(scenario.steps).forEach((step, i) => {
      if (step.status !== 'passed' || step.argument) return;
      const id = stepAnchor(scenario.anchor, i + 1);
      const shownAt = firstShown.get(step.text);
      if (shownAt) repeats.set(id, shownAt);
      else if (step.taps.length + step.screens.length > 0) firstShown.set(step.text, id);
    });
  }
  return repeats;
}

/** The steps before the first When or Then: a Given and the Ands and Buts that follow it. */
function leadingGivens(steps: readonly GuideStep[]): GuideStep[] {
  const end = steps.findIndex((step, i) => step.keyword === 'When' || step.keyword === 'Then' || (i === 0 && step.keyword !== 'Given'));
  return steps.slice(0, end === -1 ? steps.length : end);
}
