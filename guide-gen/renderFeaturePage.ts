import type { GuideBackground, GuideFeature, GuideScenario } from './GuideModel';
import { escapeMarkdown, escapeText, jsString, yamlString } from './escapeMdx';
import { formatUtc } from './formatUtc';
import { renderFailure, renderSteps } from './renderSteps';

/** Every scenario of a feature, in file order, whether inside a Rule or not. */
export function scenariosOf(feature: GuideFeature): GuideScenario[] {
  return feature.children.flatMap((child) => ('scenario' in child ? [child.scenario] : child.rule.scenarios));
}

/**
 * One MDX page for one feature: the feature's description as the introduction, "Before you
 * start" for its Background, then a section per scenario with its status badge and steps.
 */
export function renderFeaturePage(feature: GuideFeature, position: number): string {
  const title = feature.name.trim() || feature.slug;
  const parts = [
    [
      '---',
      `title: ${yamlString(title)}`,
      `sidebar_label: ${yamlString(title)}`,
      `sidebar_position: ${position}`,
      'toc_max_heading_level: 3',
      '---',
    ].join('\n'),
    [
      "import ScenarioStatus from '@site/src/components/ScenarioStatus';",
      "import StepScreenshot from '@site/src/components/StepScreenshot';",
    ].join('\n'),
  ];
  const description = escapeMarkdown(feature.description);
  if (description) parts.push(description);
  parts.push(summary(scenariosOf(feature)));
  if (feature.background) parts.push(renderBackground(feature.background, 2));

  for (const child of feature.children) {
    if ('scenario' in child) {
      parts.push(renderScenario(child.scenario, 2));
      continue;
    }
    const { rule } = child;
    parts.push(`## ${escapeText(`${rule.keyword.trim() || 'Rule'}: ${rule.name}`)}`);
    const ruleDescription = escapeMarkdown(rule.description);
    if (ruleDescription) parts.push(ruleDescription);
    if (rule.background) parts.push(renderBackground(rule.background, 3));
    for (const scenario of rule.scenarios) parts.push(renderScenario(scenario, 3));
  }
  return `${parts.join('\n\n')}\n`;
}

function summary(scenarios: readonly GuideScenario[]): string {
  const passed = scenarios.filter((scenario) => scenario.status === 'passed').length;
  const times = scenarios.map((scenario) => scenario.finishedAt).filter((t): t is string => t !== undefined);
  if (scenarios.length === 0) return '*This page has no walkthroughs yet.*';
  if (times.length === 0) {
    return scenarios.length === 1
      ? '*The walkthrough on this page has not been verified yet.*'
      : `*None of the ${scenarios.length} walkthroughs on this page has been verified yet.*`;
  }
  const last = times.sort().at(-1) as string;
  return (
    `*${passed} of ${count(scenarios.length, 'walkthrough')} on this page worked as shown ` +
    `in the check that finished ${escapeText(formatUtc(last))}.*`
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeText(text)}`;
}

function renderBackground(background: GuideBackground, level: number): string {
  const parts = [heading(level, 'Before you start')];
  if (background.name.trim()) parts.push(escapeText(background.name.trim()));
  parts.push(renderSteps(background.steps));
  return parts.join('\n\n');
}

function renderScenario(scenario: GuideScenario, level: number): string {
  const badge = [`status=${jsString(scenario.status)}`];
  if (scenario.finishedAt) badge.push(`verifiedAt=${jsString(scenario.finishedAt)}`);
  if (scenario.attempts > 1) badge.push(`attempts={${scenario.attempts}}`);
  const parts = [heading(level, scenario.name.trim() || scenario.keyword), `<ScenarioStatus ${badge.join(' ')} />`];
  if (scenario.example && scenario.example.length > 0) {
    const values = scenario.example.map(({ name, value }) => `**${escapeText(name)}** ${escapeText(value)}`);
    parts.push(`With ${values.join(', ')}.`);
  }
  const description = escapeMarkdown(scenario.description);
  if (description) parts.push(description);
  const ran = scenario.status !== 'not-run' || scenario.finishedAt !== undefined;
  const steps = scenario.steps.map((step) => (ran ? step : { ...step, status: undefined }));
  if (steps.length > 0) parts.push(renderSteps(steps));
  for (const failure of scenario.hookFailures) {
    parts.push(renderFailure(failure, 'Something failed around these steps'));
  }
  return parts.join('\n\n');
}
