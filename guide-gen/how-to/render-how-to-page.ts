import { escapeMarkdown, escapeText } from '../escape-mdx';
import { evidenceLink } from '../evidence-page';
import type { GuideFeature, GuideScenario, GuideStep } from '../guide-model';
import { heading } from '../render-scenario';
import { frontMatter } from '../render-feature-page';
import { stepSentences } from '../render-steps';
import { withSearchWords } from '../search-words';
import { walkthroughsOf } from '../walkthroughs';
import { markExamples, personaFacts } from './examples';
import { whatYouNeed } from './needs';
import { planHowTo, type HowToPlan } from './plan-how-to';
import { renderHowToProof } from './render-how-to-proof';
import { renderHowToSteps, type MarkExamples } from './render-how-to-steps';
import { renderTroubleshooting } from './render-troubleshooting';

const HOW_TO_IMPORTS = [
  "import StatusBadge from '@site/src/components/StatusBadge';",
  "import StepScreenshot from '@site/src/components/StepScreenshot';",
  "import { HowToProof, HowToSteps, HowToStep, HowToWarning, Troubles, Trouble } from '@site/src/components/HowTo';",
].join('\n');

/**
 * A goal's how-to page, for the customer: the goal, the proof of the last check, what she needs,
 * one walkthrough (chooseHowTo) as numbered steps, the other walkthroughs as one-line "If …"
 * entries, and a link to the evidence page with every check behind it.
 */
export function renderHowToPage(
  feature: GuideFeature,
  position: number,
  plan: HowToPlan = planHowTo(feature),
  description = escapeMarkdown(feature.description),
): string {
  const title = feature.name.trim() || feature.slug;
  const all = walkthroughsOf(feature);
  // Every persona of the page, not only the how-to's: a troubleshooting line may name another's.
  // A walkthrough the run did not reach has no Background steps of its own: read those too.
  const backgrounds = [feature.background, ...feature.children.map((child) => ('rule' in child ? child.rule.background : undefined))];
  const personaValues = [
    ...backgrounds.map((background) => background?.steps ?? []),
    ...all.map(({ scenario }) => scenario.ranSteps ?? scenario.steps),
  ].flatMap((steps) => [...personaFacts(steps).values()]);
  const mark: MarkExamples = (mdx) => markExamples(mdx, personaValues);
  // The reader's own words for the goal ("forgot password") go on the page a search should find.
  const front = withSearchWords(frontMatter({ title, sidebar_label: title, sidebar_position: position, toc_max_heading_level: 2 }), feature.slug);
  const parts = [front, HOW_TO_IMPORTS];
  const intro = introOf(description);
  if (intro) parts.push(mark(intro));
  parts.push(...(plan.scenario ? renderWalkthrough(feature.slug, plan.scenario, plan, mark) : ['*This goal has no walkthrough yet.*']));
  if (plan.troubles.length > 0) {
    parts.push(heading(2, 'If something goes wrong', 'if-something-goes-wrong'), renderTroubleshooting(plan.troubles, feature.slug, mark));
  }
  if (all.length > 0)
    parts.push(`[Every check behind this page (${all.length} ${all.length === 1 ? 'walkthrough' : 'walkthroughs'})](${evidenceLink(feature.slug)})`);
  return `${parts.join('\n\n')}\n`;
}

function renderWalkthrough(slug: string, scenario: GuideScenario, plan: HowToPlan, mark: MarkExamples): string[] {
  const parts = [renderHowToProof(scenario, evidenceLink(slug, scenario.anchor))];
  const labels = plan.steps.flatMap((step) => (step.action ? [step.action] : []));
  const needs = whatYouNeed(labels, personaFacts(plan.ran), plan.settings);
  if (needs.length > 0) parts.push(heading(2, 'What you need', 'what-you-need'), needs.map((need) => `- ${need}`).join('\n'));
  parts.push(heading(2, 'Steps', 'steps'));
  if (plan.steps.length > 0) parts.push(renderHowToSteps(plan.steps, mark));
  else
    parts.push(
      '*The last run recorded no actions to show for this walkthrough: here are its steps as the check writes them.*',
      renderAsWritten(plan.ran, mark),
    );
  return parts;
}

/**
 * A walkthrough with no recorded actions (the run did not reach it, or predates the labels): its
 * steps as the feature file says them, with no pictures, under a proof line that says so.
 */
function renderAsWritten(steps: readonly GuideStep[], mark: MarkExamples): string {
  const sentences = stepSentences(steps).filter((_, i) => !steps[i].argument);
  return sentences.map((sentence, i) => `${i + 1}. ${mark(escapeText(sentence))}`).join('\n');
}

/**
 * The description's first paragraph: the goal, said once. A paragraph that ends with a colon
 * announces what follows it ("you do not need a docomo shop:" and a list of the two ways), so
 * the blocks it announces come with it.
 */
export function introOf(description: string): string {
  const blocks = description.split(/\n\s*\n/);
  let end = 1;
  while (end < blocks.length && /:\s*$/.test(blocks[end - 1])) end++;
  return blocks.slice(0, end).join('\n\n');
}
