import type { GuideFeature, GuideScenario, GuideStep, RunSettings, Screenshot } from '../GuideModel';
import { chooseHowTo } from './chooseHowTo';
import { howToSteps, type HowToStep } from './howToSteps';
import { troubleEntries, type TroubleEntry } from './troubleshooting';

/** What a feature's how-to page shows, worked out once for the page and for the images it needs. */
export interface HowToPlan {
  /** The walkthrough taught (chooseHowTo); none for a feature with no walkthroughs. */
  scenario?: GuideScenario;
  /** Every step it ran, the Background's first. */
  ran: GuideStep[];
  steps: HowToStep[];
  settings?: RunSettings;
  troubles: TroubleEntry[];
}

/** `settings` stands in for the walkthrough's own when its run.json did not carry them. */
export function planHowTo(feature: GuideFeature, settings?: RunSettings): HowToPlan {
  const scenario = chooseHowTo(feature).walkthrough?.scenario;
  const ran = scenario ? (scenario.ranSteps ?? scenario.steps) : [];
  const own = scenario?.run?.settings ?? settings;
  return {
    ...(scenario ? { scenario } : {}),
    ran,
    steps: howToSteps(ran, own),
    ...(own ? { settings: own } : {}),
    troubles: troubleEntries(feature, scenario),
  };
}

/** Every image the how-to page shows: the guide folder must hold each. */
export function howToImages(plan: HowToPlan): Screenshot[] {
  return [...plan.steps, ...plan.troubles].flatMap((item) => (item.shot ? [item.shot] : []));
}
