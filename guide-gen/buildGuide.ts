import type { Background, Feature, Pickle, Scenario } from '@cucumber/messages';
import type { Guide, GuideBackground, GuideFeature, GuideScenario } from './GuideModel';
import { argumentOf, scenarioFromPickle, scenarioNotRun, type AstStep } from './buildScenario';
import { indexRun, type RunIndex } from './indexRun';
import type { LocatedEnvelope } from './readEnvelopes';

/**
 * The whole guide from a run's messages: one feature per feature file, its scenarios in file
 * order, each joined with the last attempt of its test case. Never throws on bad input; what
 * it had to drop is listed in `warnings`.
 */
export function buildGuide(envelopes: readonly LocatedEnvelope[]): Guide {
  const index = indexRun(envelopes);
  const picklesByScenario = new Map<string, Pickle[]>();
  for (const { pickle } of index.pickles) {
    const scenarioId = pickle.astNodeIds?.[0] ?? '';
    picklesByScenario.set(scenarioId, [...(picklesByScenario.get(scenarioId) ?? []), pickle]);
  }

  const features: GuideFeature[] = [];
  const documentedUris = new Set<string>();
  for (const { document, line } of index.documents) {
    const uri = document.uri ?? '';
    if (!document.feature || documentedUris.has(uri)) continue; // empty file, or a merged duplicate
    documentedUris.add(uri);
    try {
      features.push(featureFromDocument(uri, document.feature, picklesByScenario, index));
    } catch (error) {
      // A message of the right type but the wrong shape: lose that page, not the guide.
      index.warnings.push(`line ${line}: gherkinDocument for ${uri} could not be read (${String(error)}); skipped`);
    }
  }

  const orphans = new Map<string, Array<{ line: number; pickle: Pickle }>>();
  for (const located of index.pickles) {
    if (documentedUris.has(located.pickle.uri)) continue;
    orphans.set(located.pickle.uri, [...(orphans.get(located.pickle.uri) ?? []), located]);
  }
  for (const [uri, pickles] of orphans) {
    if (pickles.some(({ pickle }) => typeof pickle.uri !== 'string')) continue;
    index.warnings.push(
      `line ${pickles[0].line}: pickle "${pickles[0].pickle.name}" is from ${uri}, but the stream has no ` +
        'gherkinDocument for it; its page is built from the pickles alone',
    );
    features.push(featureFromPickles(uri, pickles.map(({ pickle }) => pickle), index));
  }

  features.sort((a, b) => a.uri.localeCompare(b.uri));
  assignSlugs(features);
  return { run: index.run, features, warnings: index.warnings };
}

function featureFromDocument(
  uri: string,
  feature: Feature,
  picklesByScenario: ReadonlyMap<string, Pickle[]>,
  index: RunIndex,
): GuideFeature {
  const astSteps = new Map<string, AstStep>();
  const rememberSteps = (steps: Background['steps'], fromBackground: boolean) => {
    for (const step of steps ?? []) astSteps.set(step.id, { keyword: (step.keyword ?? '').trim(), fromBackground });
  };
  const scenariosOf = (scenario: Scenario): GuideScenario[] => {
    rememberSteps(scenario.steps, false);
    const pickles = preferRun(picklesByScenario.get(scenario.id) ?? [], index);
    if (pickles.length === 0) return [scenarioNotRun(scenario)];
    return pickles.map((pickle) => scenarioFromPickle(pickle, astSteps, scenario, index.outcomes.get(pickle.id)));
  };

  const guideFeature: GuideFeature = {
    uri,
    slug: '',
    keyword: feature.keyword ?? 'Feature',
    name: feature.name ?? '',
    description: feature.description ?? '',
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
    if (child.scenario) {
      for (const scenario of scenariosOf(child.scenario)) guideFeature.children.push({ scenario });
    }
    if (child.rule) {
      const rule = child.rule;
      const ruleChildren = rule.children ?? [];
      const ruleBackground = ruleChildren.find((ruleChild) => ruleChild.background)?.background;
      guideFeature.children.push({
        rule: {
          keyword: rule.keyword ?? 'Rule',
          name: rule.name ?? '',
          description: rule.description ?? '',
          ...(ruleBackground ? { background: backgroundOf(ruleBackground, index) } : {}),
          scenarios: ruleChildren.flatMap((ruleChild) => (ruleChild.scenario ? scenariosOf(ruleChild.scenario) : [])),
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

/** Background steps with the screenshot from the first scenario that ran them. */
function backgroundOf(background: Background, index: RunIndex): GuideBackground {
  return {
    keyword: background.keyword ?? 'Background',
    name: background.name ?? '',
    steps: (background.steps ?? []).map((step) => {
      const argument = argumentOf(step);
      return {
        keyword: (step.keyword ?? '').trim(),
        text: step.text ?? '',
        ...(argument ? { argument } : {}),
        screenshots: firstScreenshots(step.id, index),
      };
    }),
  };
}

function firstScreenshots(astStepId: string, index: RunIndex) {
  for (const { pickle } of index.pickles) {
    const pickleStep = pickle.steps?.find((candidate) => candidate.astNodeIds?.[0] === astStepId);
    const outcome = pickleStep && index.outcomes.get(pickle.id);
    if (!pickleStep || !outcome) continue;
    const testStep = (outcome.testCase.testSteps ?? []).find((candidate) => candidate.pickleStepId === pickleStep.id);
    const result = testStep && outcome.steps.get(testStep.id);
    if (result?.status === 'passed' && result.screenshots.length > 0) return result.screenshots;
  }
  return [];
}

function featureFromPickles(uri: string, pickles: readonly Pickle[], index: RunIndex): GuideFeature {
  const name = (uri.split('/').pop() ?? uri).replace(/\.feature$/, '').replace(/[_-]+/g, ' ');
  return {
    uri,
    slug: '',
    keyword: 'Feature',
    name,
    description: '',
    children: pickles.map((pickle) => ({
      scenario: scenarioFromPickle(pickle, new Map(), undefined, index.outcomes.get(pickle.id)),
    })),
  };
}

/** Page names from the feature file's name, e.g. `features/network_pin.feature` → `network-pin`. */
function assignSlugs(features: GuideFeature[]): void {
  const taken = new Set<string>(['index']);
  for (const feature of features) {
    const base =
      (feature.uri.split('/').pop() ?? '')
        .replace(/\.feature(\.md)?$/i, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'feature';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    feature.slug = slug;
  }
}
