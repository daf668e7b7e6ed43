import type { Guide, GuideChild, GuideFeature, GuideOutline } from './GuideModel';
import { codeBlock, escapeMarkdown, escapeText, jsString, stripAnsi } from './escapeMdx';
import { tablesToCards } from './renderCredentialMap';
import { frontMatter, PAGE_IMPORTS, pageTitle } from './renderFeaturePage';
import { renderPageProof } from './renderPageProof';
import { heading, renderBackground, renderOutlineRows, renderScenario } from './renderScenario';
import { STATUS_LABELS } from './renderSteps';
import { outlineTitle, walkthroughsOf, walkthroughsOfChild } from './walkthroughs';

export const START_TITLE = 'Which password is which?';

/** The portal's address as a QR code image in the guide's `img/` folder. */
export interface PortalCode {
  fileName: string;
  origin: string;
  size: number;
}

/**
 * The guide's home page: the credential map (the `@guide-start` feature's description, its
 * tables turned into one card per credential), the proof of the last check, the portal's QR
 * code, the goals with how each fared, and, last, the walkthroughs that checked the map.
 */
export function renderStartPage(guide: Guide, start: GuideFeature | undefined, code: PortalCode | undefined): string {
  const title = start?.name.trim() || START_TITLE;
  const parts = [
    frontMatter({ title, sidebar_label: title, sidebar_position: 1, slug: '/', toc_max_heading_level: 2 }),
    `${PAGE_IMPORTS}\nimport PortalQrCode from '@site/src/components/PortalQrCode';`,
  ];
  const description = start && tablesToCards(escapeMarkdown(start.description));
  if (description) parts.push(description);
  if (guide.run.exception) {
    parts.push([':::warning[The last check did not finish normally]', '', codeBlock(stripAnsi(guide.run.exception)), '', ':::'].join('\n'));
  }
  parts.push(
    start
      ? renderPageProof(walkthroughsOf(start))
      : ':::caution[Not verified]\n\nThe map of which credential is which was not part of the last check.\n\n:::',
  );
  if (code) {
    parts.push(
      heading(2, 'Open the portal on your phone', 'open-the-portal'),
      `<PortalQrCode src={require(${jsString(`./img/${code.fileName}`)}).default} url=${jsString(code.origin)} size={${code.size}} />`,
    );
  }
  parts.push(heading(2, 'What do you want to do?', 'what-do-you-want-to-do'), renderGoals(guide));
  if (start && walkthroughsOf(start).length > 0) parts.push(renderChecks(start));
  return `${parts.join('\n\n')}\n`;
}

function renderGoals(guide: Guide): string {
  const goals = guide.features
    .filter((feature) => !feature.isStart)
    .map((feature) => `- [${pageTitle(feature)}](./${feature.slug}.mdx): ${verdict(feature)}`);
  goals.push('- [The Japanese labels, in English](./glossary.mdx): every label this guide asks you to find');
  return goals.join('\n');
}

/** How a page fared in the last check, in a few words. */
export function verdict(feature: GuideFeature): string {
  const scenarios = walkthroughsOf(feature).map(({ scenario }) => scenario);
  const ran = scenarios.filter((scenario) => scenario.status !== 'not-run');
  const passed = ran.filter((scenario) => scenario.status === 'passed').length;
  if (scenarios.length === 0) return 'no walkthroughs yet';
  if (ran.length === 0) return '**not verified**';
  const worked =
    passed === scenarios.length
      ? `${passed === 1 ? 'it' : `all ${passed}`} worked in the last check`
      : `${passed} of ${scenarios.length} worked in the last check`;
  return ran.length < scenarios.length ? `${worked}; ${scenarios.length - ran.length} **not verified**` : worked;
}

/**
 * The walkthroughs behind the map, below it: each rule and outline with a list of what was
 * tried and how it went, then the walkthroughs themselves with their screenshots.
 */
function renderChecks(start: GuideFeature): string {
  const parts = [heading(2, 'How this was checked', 'how-this-was-checked')];
  if (start.background) parts.push(renderBackground(start.background, 3));
  const renderChildAt = (child: GuideChild, level: number) =>
    'scenario' in child
      ? renderScenario(child.scenario, level, child.scenario.name.trim() || child.scenario.keyword)
      : renderOutlineChecks(child.outline, level);
  for (const child of start.children) {
    if (!('rule' in child)) {
      parts.push(renderChildAt(child, 3));
      continue;
    }
    const { rule } = child;
    parts.push(heading(3, rule.name.trim() || rule.keyword, rule.anchor));
    if (rule.background) parts.push(renderBackground(rule.background, 4));
    const tried = rule.children.flatMap(walkthroughsOfChild);
    parts.push(tried.map(({ scenario, title }) => `- [${escapeText(title)}](#${scenario.anchor}): ${STATUS_LABELS[scenario.status]}`).join('\n'));
    for (const ruleChild of rule.children) {
      parts.push('scenario' in ruleChild ? renderChildAt(ruleChild, 4) : renderOutlineRows(ruleChild.outline, 4));
    }
  }
  return parts.filter((part) => part !== '').join('\n\n');
}

function renderOutlineChecks(outline: GuideOutline, level: number): string {
  const tried = walkthroughsOfChild({ outline });
  return [
    heading(level, outlineTitle(outline), outline.anchor),
    tried.map(({ scenario, title }) => `- [${escapeText(title)}](#${scenario.anchor}): ${STATUS_LABELS[scenario.status]}`).join('\n'),
    renderOutlineRows(outline, level + 1),
  ].join('\n\n');
}
