import { posix } from 'node:path';
import type { GuideFeature } from './guide-model';
import { mapOutsideCode } from './outside-code';

/** `[text](some-goal.feature)` or `(some-goal.feature#part)`; the path is relative to the linking feature file. */
const FEATURE_LINK = /\[((?:\\.|[^\]\\])*)\]\(([^()\s]+\.feature)(#[^()\s]*)?\)/g;

/**
 * A feature's description links to other goals by their feature files, as it would on GitHub;
 * in the guide each becomes a link to that goal's page, a sibling of the page it is on
 * (`./<slug>.mdx`, which Docusaurus resolves wherever the page is served). A link to a feature
 * the run does not hold would break the site's build, so it is left as its plain text, with a
 * warning that names it. `linked` holds the slugs of the pages linked to.
 */
export function linkFeatures(
  markdown: string,
  from: GuideFeature,
  features: readonly GuideFeature[],
): { markdown: string; linked: Set<string>; warnings: string[] } {
  const warnings: string[] = [];
  const linked = new Set<string>();
  const byPath = new Map(features.map((feature) => [posix.normalize(feature.uri), feature]));
  const rewritten = mapOutsideCode(markdown, (text) =>
    text.replace(FEATURE_LINK, (whole, label: string, target: string, hash: string | undefined) => {
      const path = posix.normalize(posix.join(posix.dirname(from.uri), target));
      const feature = byPath.get(path);
      if (feature) {
        linked.add(feature.slug);
        return `[${label}](./${feature.slug}.mdx${hash ?? ''})`;
      }
      warnings.push(
        `${from.uri}: its description links to ${target}, which is not a feature of this run (looked for ${path}); ` +
          'the link is shown as plain text. Correct the file name, or run that feature too.',
      );
      return label;
    }),
  );
  return { markdown: rewritten, linked, warnings };
}
