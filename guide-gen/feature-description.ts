import { escapeMarkdown } from './escape-mdx';
import { linkFeatures } from './feature-links';
import { fillSettings } from './fill-settings';
import type { GuideFeature, RunSettings } from './guide-model';

/**
 * A feature's description as MDX for a page in the guide folder: the run's settings stated in its
 * placeholders (`{networkPinMaxFailures}`), its links to feature files made links to their pages
 * (`./<slug>.mdx`), everything else escaped for MDX. `linked` holds the slugs linked to; `warnings`
 * what the description gets wrong, each naming the feature file.
 */
export function featureDescription(
  feature: GuideFeature,
  features: readonly GuideFeature[],
  settings: RunSettings | undefined,
): { markdown: string; linked: Set<string>; warnings: string[] } {
  const filled = fillSettings(feature.description, settings, `${feature.uri}'s description`);
  const linked = linkFeatures(escapeMarkdown(filled.markdown), feature, features);
  return { markdown: linked.markdown, linked: linked.linked, warnings: [...filled.warnings, ...linked.warnings] };
}
