import type { GuideBackground, GuideChild, GuideExamples, GuideOutline, GuideScenario, Screenshot } from './guide-model';
import { escapeMarkdown, escapeText, jsString } from './escape-mdx';
import { renderPlacedAttachments } from './render-attachment';
import { renderScreenshot, renderSteps, STATUS_LABELS, type RenderableStep } from './render-steps';
import { outlineTitle, rowTitle } from './walkthroughs';

/** A heading with the id the how-to pages and tables link to. */
export function heading(level: number, text: string, anchor: string): string {
  return `${'#'.repeat(level)} ${escapeText(text)} {/* #${anchor} */}`;
}

/** The walkthrough's proof: its status, when it ran, against which portal and with which commit. */
function renderStatus(scenario: GuideScenario): string {
  const props = [`status=${jsString(scenario.status)}`];
  if (scenario.finishedAt) props.push(`verifiedAt=${jsString(scenario.finishedAt)}`);
  if (scenario.attempts > 1) props.push(`attempts={${scenario.attempts}}`);
  const { run } = scenario;
  if (run) {
    props.push(`portal=${jsString(run.portal)}`, `origin=${jsString(run.origin)}`);
    if (run.revision) props.push(`revision=${jsString(run.revision)}`);
    if (run.commit) props.push(`commit=${jsString(run.commit)}`);
  }
  return `<ScenarioStatus ${props.join(' ')} />`;
}

/** One walkthrough: heading, proof, description, numbered steps, and what hooks reported. */
export function renderScenario(scenario: GuideScenario, level: number, title: string, shownEarlier?: ReadonlyMap<string, string>): string {
  const parts = [heading(level, title, scenario.anchor), renderStatus(scenario)];
  if (scenario.example && scenario.example.length > 0) {
    const values = scenario.example.map((pair) => `**${escapeText(pair.name)}**: ${escapeText(pair.value) || ' '}`);
    parts.push(`With ${values.join(', ')}.`);
  }
  const description = escapeMarkdown(scenario.description);
  if (description) parts.push(description);
  parts.push(...hookScreens(scenario.hookScreens.before, 'before the first step'));
  parts.push(...renderPlacedAttachments(scenario.hookAttachments?.before ?? []));
  const steps = displayedSteps(scenario);
  if (steps.length > 0) parts.push(renderSteps(steps, scenario.anchor, scenario.status, shownEarlier));
  parts.push(...hookScreens(scenario.hookScreens.after, 'after the last step'));
  parts.push(...renderPlacedAttachments(scenario.hookAttachments?.after ?? []));
  for (const failure of scenario.hookFailures) {
    const summary = 'Something around these steps failed, so the walkthrough could not be checked as shown.';
    parts.push(`<StepProblem status="failed" summary={${jsString(summary)}} details={${jsString(failure)}} />`);
  }
  return parts.join('\n\n');
}

/** The steps as shown: a walkthrough the check did not run has no step results to show. */
export function displayedSteps(scenario: GuideScenario): RenderableStep[] {
  const ran = scenario.status !== 'not-run' || scenario.finishedAt !== undefined;
  return scenario.steps.map((step) => (ran ? step : { ...step, status: undefined }));
}

function hookScreens(shots: readonly Screenshot[], what: string): string[] {
  return shots.map((shot) => renderScreenshot(shot, 'hook', what));
}

/** "Before you start": the Background's steps, once for the page or the rule. */
export function renderBackground(background: GuideBackground, level: number): string {
  const parts = [heading(level, 'Before you start', background.anchor)];
  if (background.name.trim()) parts.push(escapeText(background.name.trim()));
  parts.push(renderSteps(background.steps, background.anchor));
  return parts.join('\n\n');
}

/** An outline's Examples blocks as tables, a column with each row's result linking to its walkthrough. */
function renderExamplesTables(outline: GuideOutline): string {
  return outline.examples.map(renderExamplesTable).join('\n\n');
}

function renderExamplesTable(examples: GuideExamples): string {
  const parts: string[] = [];
  if (examples.name.trim()) parts.push(`**${escapeText(examples.name.trim())}**`);
  const description = escapeMarkdown(examples.description);
  if (description) parts.push(description);
  const cell = (text: string) => escapeText(text) || ' ';
  const header = [...examples.header.map(cell), 'Last check'];
  const rows = examples.rows.map((row) => {
    const result = `[${STATUS_LABELS[row.scenario.status]}](#${row.scenario.anchor})`;
    return `| ${[...row.values.map(cell), result].join(' | ')} |`;
  });
  if (examples.header.length > 0) {
    parts.push([`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows].join('\n'));
  }
  return parts.join('\n\n');
}

/** The walkthroughs of an outline's rows, as headings of `level`. */
function renderOutlineRows(outline: GuideOutline, level: number, shownEarlier?: ReadonlyMap<string, string>): string {
  return outline.examples
    .flatMap((examples) => examples.rows.map((row) => renderScenario(row.scenario, level, rowTitle(outline, examples.header, row), shownEarlier)))
    .join('\n\n');
}

/** A scenario, or an outline with its tables and then its rows' walkthroughs. */
export function renderChild(child: GuideChild, level: number, shownEarlier?: ReadonlyMap<string, string>): string {
  if ('scenario' in child) return renderScenario(child.scenario, level, child.scenario.name.trim() || child.scenario.keyword, shownEarlier);
  const { outline } = child;
  const parts = [heading(level, outlineTitle(outline), outline.anchor)];
  const description = escapeMarkdown(outline.description);
  if (description) parts.push(description);
  parts.push(renderExamplesTables(outline), renderOutlineRows(outline, level + 1, shownEarlier));
  return parts.filter((part) => part !== '').join('\n\n');
}
