import type { GuideFeature } from './guide-model';

/** On the Feature line: this feature is the start page, the map of which credential is which. */
const START_TAG = '@guide-start';
/** On the Feature line: the page's place in the guide, `@guide-order-1` first. */
const ORDER_TAG = /^@guide-order-(\d+)$/;

/**
 * Where a feature goes in the guide, from its own tags, so that the order lives in the
 * features and not in a list beside them. Any other `@guide-…` tag is a typo worth a warning.
 */
export function readGuideOrder(tags: readonly string[]): { isStart: boolean; order?: number; problems: string[] } {
  const problems: string[] = [];
  let order: number | undefined;
  for (const tag of tags) {
    const match = ORDER_TAG.exec(tag);
    if (match) {
      if (order === undefined) order = Number(match[1]);
      else problems.push(`has both @guide-order-${order} and ${tag}; using @guide-order-${order}`);
    } else if (tag.startsWith('@guide-') && tag !== START_TAG) {
      problems.push(`has the tag ${tag}, which the guide does not know (use ${START_TAG} or @guide-order-N)`);
    }
  }
  return { isStart: tags.includes(START_TAG), ...(order !== undefined ? { order } : {}), problems };
}

/**
 * The reading order: the start page, then the features that asked for a place (by number),
 * then every other feature by path, so that a feature without a tag is still in the guide.
 * Only the first `@guide-start` feature (by path) becomes the start page.
 */
export function orderFeatures(features: readonly GuideFeature[], warn: (message: string) => void): GuideFeature[] {
  const byPath = [...features].sort((a, b) => a.uri.localeCompare(b.uri));
  const start = byPath.find((feature) => feature.isStart);
  for (const feature of byPath) {
    if (feature.isStart && feature !== start) {
      warn(`${feature.uri} is tagged ${START_TAG}, but ${start?.uri} is the start page already; shown as an ordinary page`);
      feature.isStart = false;
    }
  }
  const rank = (feature: GuideFeature) => (feature.isStart ? -1 : (feature.order ?? Number.POSITIVE_INFINITY));
  return byPath.sort((a, b) => rank(a) - rank(b) || a.uri.localeCompare(b.uri));
}
