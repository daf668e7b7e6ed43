import type { GuideFeature, RunSettings } from './guide-model';
import { walkthroughsOf } from './walkthroughs';

/**
 * The settings of the portal the run checked: those of the first walkthrough that reported any,
 * in the order given (the start page's feature first, for the start page). Undefined for a run
 * from before run.json carried them, so that a page can leave the numbers out rather than guess.
 */
export function portalSettingsOf(features: readonly GuideFeature[]): RunSettings | undefined {
  for (const feature of features) {
    for (const { scenario } of walkthroughsOf(feature)) {
      const settings = readSettings(scenario.run?.settings);
      if (settings) return settings;
    }
  }
  return undefined;
}

/** Only numbers and text are stated on a page; anything else in run.json is not a setting to show. */
function readSettings(value: unknown): RunSettings | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, number | string] => typeof entry[1] === 'number' || typeof entry[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
