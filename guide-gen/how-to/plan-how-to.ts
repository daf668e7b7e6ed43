import type { GuideFeature, GuideScenario, GuideStep, RunSettings, Screenshot } from '../guide-model';
import { chooseHowTo } from './choose-how-to';
import { cropScreen } from './crop-screen';
import { howToSteps, type HowToStep } from './how-to-steps';
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

/**
 * `settings` stands in for the walkthrough's own when its run.json did not carry them. Every
 * picture is cut to what the reader needs (cropScreen), and a troubleshooting entry that ended on
 * the screen just shown above it shows none.
 *
 * `crops` holds the screens already cut, by content, and is shared by every page of a guide: a
 * screen is decoded and cut once however many features show it. Cut again for each page, a
 * synthetic run of 448 scenarios (32 features showing the same screens) went from 14 to 555 MiB
 * of buffers while its pages were planned (peak 786 MiB, 55 s; 275 MiB and 20 s cut once).
 */
export function planHowTo(feature: GuideFeature, settings?: RunSettings, crops = new Map<string, Screenshot>()): HowToPlan {
  const scenario = chooseHowTo(feature).walkthrough?.scenario;
  const ran = scenario ? (scenario.ranSteps ?? scenario.steps) : [];
  const own = scenario?.run?.settings ?? settings;
  const crop = <T extends { shot?: Screenshot }>(item: T): T => {
    if (!item.shot) return item;
    let cropped = crops.get(item.shot.fileName);
    if (!cropped) crops.set(item.shot.fileName, (cropped = cropScreen(item.shot)));
    return { ...item, shot: cropped };
  };
  const steps = howToSteps(ran, own).map(crop);
  let above = steps.at(-1)?.shot?.fileName;
  const troubles = troubleEntries(feature, scenario).map((entry) => {
    const shown = crop(entry);
    const same = shown.shot !== undefined && shown.shot.fileName === above;
    if (shown.shot) above = shown.shot.fileName;
    if (!same) return shown;
    const { shot: _shownAbove, ...rest } = shown;
    return { ...rest, sameScreenAsAbove: true };
  });
  return { ...(scenario ? { scenario } : {}), ran, steps, ...(own ? { settings: own } : {}), troubles };
}

/** Every image the how-to page shows, and each crop's whole screen: the guide folder must hold each. */
export function howToImages(plan: HowToPlan): Screenshot[] {
  return [...plan.steps, ...plan.troubles].flatMap((item) => (item.shot ? [item.shot, ...(item.shot.whole ? [item.shot.whole] : [])] : []));
}
