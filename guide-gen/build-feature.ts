import type { Background, Feature, Pickle, Scenario } from '@cucumber/messages';
import type { GuideBackground, GuideChild, GuideFeature, GuideOutline, StepEvidence } from './guide-model';
import { argumentOf, scenarioFromPickle, scenarioNotRun, type AstStep } from './build-scenario';
import type { RunIndex } from './index-run';

/**
 * One feature from its Gherkin document and the run: scenarios, outlines (their Examples blocks
 * as tables, each row a walkthrough) and rules in file order. Slugs, anchors and order are
 * set afterwards, across the whole guide.
 */
export function featureFromDocument(uri: string, feature: Feature, picklesByScenario: ReadonlyMap<string, Pickle[]>, index: RunIndex): GuideFeature {
  const astSteps = new Map<string, AstStep>();
  const rememberSteps = (steps: Background['steps'], fromBackground: boolean) => {
    for (const step of steps ?? []) astSteps.set(step.id, { keyword: (step.keyword ?? '').trim(), fromBackground });
  };
  const childOf = (scenario: Scenario): GuideChild[] => {
    rememberSteps(scenario.steps, false);
    const pickles = preferRun(picklesByScenario.get(scenario.id) ?? [], index);
    const walkthrough = (pickle: Pickle) => scenarioFromPickle(pickle, astSteps, scenario, index.outcomes.get(pickle.id));
    if ((scenario.examples ?? []).length === 0) {
      if (pickles.length === 0) return [{ scenario: scenarioNotRun(scenario) }];
      return pickles.map((pickle) => ({ scenario: walkthrough(pickle) }));
    }
    const outline: GuideOutline = {
      keyword: scenario.keyword ?? 'Scenario Outline',
      name: scenario.name ?? '',
      description: scenario.description ?? '',
      anchor: '',
      examples: (scenario.examples ?? []).map((examples) => ({
        keyword: examples.keyword ?? 'Examples',
        name: examples.name ?? '',
        description: examples.description ?? '',
        header: (examples.tableHeader?.cells ?? []).map((cell) => cell.value ?? ''),
        rows: (examples.tableBody ?? []).map((row) => {
          const pickle = pickles.find((candidate) => candidate.astNodeIds?.[1] === row.id);
          return {
            values: (row.cells ?? []).map((cell) => cell.value ?? ''),
            scenario: pickle ? walkthrough(pickle) : scenarioNotRun(scenario, row.id),
          };
        }),
      })),
    };
    return [{ outline }];
  };

  const guideFeature: GuideFeature = {
    uri,
    slug: '',
    keyword: feature.keyword ?? 'Feature',
    name: feature.name ?? '',
    description: feature.description ?? '',
    tags: (feature.tags ?? []).map((tag) => tag.name),
    isStart: false,
    children: [],
  };
  // Backgrounds first: their step ids must be known before the scenarios are read.
  for (const child of feature.children ?? []) {
    if (child.background) rememberSteps(child.background.steps, true);
    for (const ruleChild of child.rule?.children ?? []) {
      if (ruleChild.background) rememberSteps(ruleChild.background.steps, true);
    }
  }
  for (const child of feature.children ?? []) {
    if (child.background) guideFeature.background = backgroundOf(child.background, index);
    if (child.scenario) guideFeature.children.push(...childOf(child.scenario));
    if (child.rule) {
      const rule = child.rule;
      const ruleChildren = rule.children ?? [];
      const ruleBackground = ruleChildren.find((ruleChild) => ruleChild.background)?.background;
      guideFeature.children.push({
        rule: {
          keyword: rule.keyword ?? 'Rule',
          name: rule.name ?? '',
          description: rule.description ?? '',
          anchor: '',
          ...(ruleBackground ? { background: backgroundOf(ruleBackground, index) } : {}),
          children: ruleChildren.flatMap((ruleChild) => (ruleChild.scenario ? childOf(ruleChild.scenario) : [])),
        },
      });
    }
  }
  return guideFeature;
}

/** Merged shard streams can repeat a pickle; keep the copy that ran, one per example row. */
function preferRun(pickles: readonly Pickle[], index: RunIndex): Pickle[] {
  const byRow = new Map<string, Pickle>();
  for (const pickle of pickles) {
    const key = (pickle.astNodeIds ?? []).join('/');
    const kept = byRow.get(key);
    if (!kept || (!index.outcomes.has(kept.id) && index.outcomes.has(pickle.id))) byRow.set(key, pickle);
  }
  return [...byRow.values()];
}

/** Background steps with what the first scenario that ran them and passed recorded. */
function backgroundOf(background: Background, index: RunIndex): GuideBackground {
  return {
    keyword: background.keyword ?? 'Background',
    name: background.name ?? '',
    anchor: '',
    steps: (background.steps ?? []).map((step) => {
      const argument = argumentOf(step);
      return {
        keyword: (step.keyword ?? '').trim(),
        text: step.text ?? '',
        ...(argument ? { argument } : {}),
        ...firstEvidence(step.id, index),
      };
    }),
  };
}

function firstEvidence(astStepId: string, index: RunIndex): StepEvidence {
  for (const { pickle } of index.pickles) {
    const pickleStep = pickle.steps?.find((candidate) => candidate.astNodeIds?.[0] === astStepId);
    const outcome = pickleStep && index.outcomes.get(pickle.id);
    if (!pickleStep || !outcome) continue;
    const testStep = (outcome.testCase.testSteps ?? []).find((candidate) => candidate.pickleStepId === pickleStep.id);
    const result = testStep && outcome.steps.get(testStep.id);
    if (result?.status === 'passed' && result.taps.length + result.screens.length + result.labels.length > 0) {
      return { taps: result.taps, screens: result.screens, labels: result.labels, ...(result.aria !== undefined ? { aria: result.aria } : {}) };
    }
  }
  return { taps: [], screens: [], labels: [] };
}

/** A page for a feature file the stream has pickles but no Gherkin document for. */
export function featureFromPickles(uri: string, pickles: readonly Pickle[], index: RunIndex): GuideFeature {
  const name = (uri.split('/').pop() ?? uri).replace(/\.feature$/, '').replace(/[_-]+/g, ' ');
  const tags = [...new Set(pickles.flatMap((pickle) => (pickle.tags ?? []).map((tag) => tag.name)))];
  return {
    uri,
    slug: '',
    keyword: 'Feature',
    name,
    description: '',
    // Only tags every pickle shares can have come from the Feature line.
    tags: tags.filter((tag) => pickles.every((pickle) => (pickle.tags ?? []).some((t) => t.name === tag))),
    isStart: false,
    children: pickles.map((pickle) => ({
      scenario: scenarioFromPickle(pickle, new Map(), undefined, index.outcomes.get(pickle.id)),
    })),
  };
}
