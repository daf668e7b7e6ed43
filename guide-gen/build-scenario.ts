import type { Pickle, PickleStep, PickleStepArgument, Scenario, Step } from '@cucumber/messages';
import type { GuideScenario, GuideStatus, GuideStep, StepArgument } from './guide-model';
import { hookAttachments, hookScreens } from './hook-evidence';
import type { CaseOutcome } from './index-run';

/** A Gherkin step as the feature file wrote it, and whether it came from a Background. */
export interface AstStep {
  keyword: string;
  fromBackground: boolean;
}

// Cucumber's own ranking (getWorstTestStepResult), with "no result" below everything.
const SEVERITY: GuideStatus[] = ['not-run', 'passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'];

export function worstStatus(statuses: readonly GuideStatus[]): GuideStatus {
  return statuses.reduce<GuideStatus>((worst, status) => (SEVERITY.indexOf(status) > SEVERITY.indexOf(worst) ? status : worst), 'not-run');
}

const KEYWORD_BY_TYPE: Record<string, string> = { Context: 'Given', Action: 'When', Outcome: 'Then' };

type ArgumentSource = Pick<Step, 'dataTable' | 'docString'> | PickleStepArgument;

/** The data table or doc string of a Gherkin step or of a pickle step. */
export function argumentOf(step: Step | PickleStep): StepArgument | undefined {
  const source: ArgumentSource | undefined = 'argument' in step ? step.argument : (step as Step);
  if (source?.dataTable) {
    const rows = (source.dataTable.rows ?? []).map((row) => (row.cells ?? []).map((cell) => cell.value ?? ''));
    return { kind: 'dataTable', rows };
  }
  if (source?.docString) {
    const { content, mediaType } = source.docString;
    return mediaType ? { kind: 'docString', content: content ?? '', mediaType } : { kind: 'docString', content: content ?? '' };
  }
  return undefined;
}

// A Background step is repeated in a scenario only when it is why the scenario did not pass.
const BACKGROUND_TROUBLE: GuideStatus[] = ['failed', 'ambiguous', 'undefined', 'pending'];

/**
 * One walkthrough from one pickle and the last attempt of its test case (if it ran).
 * Background steps are left out unless they broke the scenario: the page shows them once, as
 * "Before you start".
 */
export function scenarioFromPickle(
  pickle: Pickle,
  astSteps: ReadonlyMap<string, AstStep>,
  scenario: Scenario | undefined,
  outcome: CaseOutcome | undefined,
): GuideScenario {
  const testSteps = outcome?.testCase.testSteps ?? [];
  const steps: GuideStep[] = (pickle.steps ?? []).map((pickleStep) => {
    const ast = astSteps.get(pickleStep.astNodeIds?.[0] ?? '');
    const testStep = testSteps.find((candidate) => candidate.pickleStepId === pickleStep.id);
    const result = testStep ? outcome?.steps.get(testStep.id) : undefined;
    const step: GuideStep = {
      keyword: ast?.keyword ?? KEYWORD_BY_TYPE[String(pickleStep.type)] ?? '*',
      text: pickleStep.text ?? '',
      status: result?.status ?? 'not-run',
      taps: result?.taps ?? [],
      screens: result?.screens ?? [],
      labels: result?.labels ?? [],
      fromBackground: ast?.fromBackground ?? false,
    };
    const argument = argumentOf(pickleStep);
    if (argument) step.argument = argument;
    if (result?.message) step.message = result.message;
    // Not shown to readers, but `verify` compares it: a step without one was not snapshotted.
    if (result?.aria !== undefined) step.aria = result.aria;
    if (result?.said?.length) step.said = result.said;
    if (result?.attachments?.length) step.attachments = result.attachments;
    return step;
  });

  const hooks = testSteps.filter((testStep) => testStep.hookId !== undefined);
  const hookOutcomes = hooks.map((testStep) => outcome?.steps.get(testStep.id)).filter((result) => result !== undefined);
  const hookFailures = hookOutcomes
    .filter((result) => result.status === 'failed')
    .map((result) => result.message ?? 'A hook around the steps failed without a message.');

  let status = outcome ? worstStatus([...steps, ...hookOutcomes].map((s) => s.status)) : 'not-run';
  // A run cut short leaves a case without its finish: its passed steps prove nothing yet.
  if (outcome && !outcome.finishedAt && ['passed', 'skipped'].includes(status)) status = 'not-run';

  const shown = steps.filter((step) => !step.fromBackground || BACKGROUND_TROUBLE.includes(step.status));
  // Test step id → text of each Background step left out of the walkthrough.
  const hidden = new Map<string, string>();
  (pickle.steps ?? []).forEach((pickleStep, i) => {
    const testStep = testSteps.find((candidate) => candidate.pickleStepId === pickleStep.id);
    if (testStep && !shown.includes(steps[i])) hidden.set(testStep.id, steps[i].text);
  });
  const attachments = hookAttachments(testSteps, outcome, hidden);
  const guideScenario: GuideScenario = {
    keyword: scenario?.keyword ?? 'Scenario',
    name: pickle.name ?? '',
    description: scenario?.description ?? '',
    tags: (pickle.tags ?? []).map((tag) => tag.name),
    anchor: '',
    status,
    attempts: outcome?.attempts ?? 0,
    steps: shown,
    ...(shown.length < steps.length ? { ranSteps: steps } : {}),
    hookFailures,
    hookScreens: hookScreens(testSteps, outcome),
    ...(attachments.before.length + attachments.after.length > 0 ? { hookAttachments: attachments } : {}),
  };
  const example = exampleRow(scenario, pickle.astNodeIds?.[1]);
  if (example) guideScenario.example = example;
  if (outcome?.finishedAt) guideScenario.finishedAt = outcome.finishedAt;
  if (outcome?.run) guideScenario.run = outcome.run;
  return guideScenario;
}

/**
 * A scenario, or one row of an outline, the run holds no pickle for (filtered out by tags, or
 * the run never got there). An outline row's values are put into its steps the way Gherkin does.
 */
export function scenarioNotRun(scenario: Scenario, rowId?: string): GuideScenario {
  const example = exampleRow(scenario, rowId);
  const fill = (text: string) => (example ?? []).reduce((filled, { name, value }) => filled.split(`<${name}>`).join(value), text);
  return {
    keyword: scenario.keyword ?? 'Scenario',
    name: fill(scenario.name ?? ''),
    description: scenario.description ?? '',
    tags: (scenario.tags ?? []).map((tag) => tag.name),
    anchor: '',
    ...(example ? { example } : {}),
    status: 'not-run',
    attempts: 0,
    steps: (scenario.steps ?? []).map((step) => {
      const guideStep: GuideStep = {
        keyword: (step.keyword ?? '').trim(),
        text: fill(step.text ?? ''),
        status: 'not-run',
        taps: [],
        screens: [],
        labels: [],
        fromBackground: false,
      };
      const argument = argumentOf(step);
      if (argument?.kind === 'dataTable') guideStep.argument = { kind: 'dataTable', rows: argument.rows.map((row) => row.map(fill)) };
      else if (argument) guideStep.argument = { ...argument, content: fill(argument.content) };
      return guideStep;
    }),
    hookFailures: [],
    hookScreens: { before: [], after: [] },
  };
}

function exampleRow(scenario: Scenario | undefined, rowId: string | undefined): GuideScenario['example'] {
  if (!scenario || !rowId) return undefined;
  for (const examples of scenario.examples ?? []) {
    const row = (examples.tableBody ?? []).find((candidate) => candidate.id === rowId);
    if (row) {
      const header = examples.tableHeader?.cells ?? [];
      return (row.cells ?? []).map((cell, i) => ({ name: header[i]?.value ?? `column ${i + 1}`, value: cell.value ?? '' }));
    }
  }
  return undefined;
}
