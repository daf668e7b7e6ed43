import type { GuideFeature } from './guide-model';
import { escapeMarkdown, escapeText, yamlString } from './escape-mdx';
import { renderPageProof } from './render-page-proof';
import { heading, renderBackground, renderChild } from './render-scenario';
import { stepsShownEarlier } from './steps-shown-earlier';
import { walkthroughsOf } from './walkthroughs';

/** The components every generated page may use. */
const PAGE_IMPORTS = [
  "import ScenarioStatus from '@site/src/components/ScenarioStatus';",
  "import StepScreenshot from '@site/src/components/StepScreenshot';",
  "import StepProblem from '@site/src/components/StepProblem';",
  "import { Steps, Step } from '@site/src/components/Steps';",
].join('\n');

export function frontMatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === 'number' ? value : yamlString(value)}`);
  return ['---', ...lines, '---'].join('\n');
}

/**
 * One page for one feature: the feature's description as the introduction (as
 * feature-description.ts renders it, when given: settings filled in, links to features resolved), the proof of the
 * last check, "Before you start" for its Background, then its walkthroughs in file order, a
 * setting-up step already shown in full above named with a link to it (steps-shown-earlier.ts).
 */
export function renderFeaturePage(feature: GuideFeature, position: number, description = escapeMarkdown(feature.description)): string {
  const title = feature.name.trim() || feature.slug;
  const parts = [frontMatter({ title, sidebar_label: title, sidebar_position: position, toc_max_heading_level: 3 }), PAGE_IMPORTS];
  if (description) parts.push(description);
  parts.push(renderPageProof(walkthroughsOf(feature)));
  if (feature.background) parts.push(renderBackground(feature.background, 2));
  const shownEarlier = stepsShownEarlier(feature);
  for (const child of feature.children) {
    if (!('rule' in child)) {
      parts.push(renderChild(child, 2, shownEarlier));
      continue;
    }
    const { rule } = child;
    parts.push(heading(2, rule.name.trim() || rule.keyword, rule.anchor));
    const ruleDescription = escapeMarkdown(rule.description);
    if (ruleDescription) parts.push(ruleDescription);
    if (rule.background) parts.push(renderBackground(rule.background, 3));
    for (const ruleChild of rule.children) parts.push(renderChild(ruleChild, 3, shownEarlier));
  }
  return `${parts.join('\n\n')}\n`;
}

/** A page's title as links and lists show it. */
export function pageTitle(feature: GuideFeature): string {
  return escapeText(feature.name.trim() || feature.slug);
}
