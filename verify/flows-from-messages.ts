import { buildGuide } from '../guide-gen/build-guide';
import type { Guide, GuideChild, GuideFeature, GuideScenario } from '../guide-gen/guide-model';
import { readEnvelopes } from '../guide-gen/read-envelopes';
import { slugify, type FlowRecord } from './flow-record';

/**
 * The documented flows of a run, read through the guide's own model so that `verify` and the
 * guide agree on what a flow, a step and a screen are. Background steps count as the flow's
 * first steps, as a reader follows them.
 */
export function flowsFromMessages(ndjson: string): FlowRecord[] {
  return flowsFromGuide(buildGuide(readEnvelopes(ndjson).envelopes));
}

/** The flows of a guide already built from a run's messages (scenarios it never ran are left out). */
export function flowsFromGuide(guide: Guide): FlowRecord[] {
  return guide.features.flatMap((feature) =>
    scenariosOf(feature)
      .filter((scenario) => scenario.status !== 'not-run')
      .map((scenario) => flowOf(feature, scenario)),
  );
}

function scenariosOf(feature: GuideFeature): GuideScenario[] {
  const fromChild = (child: GuideChild): GuideScenario[] =>
    'scenario' in child ? [child.scenario] : child.outline.examples.flatMap((examples) => examples.rows.map((row) => row.scenario));
  return feature.children.flatMap((child) => ('rule' in child ? child.rule.children.flatMap(fromChild) : fromChild(child)));
}

function flowOf(feature: GuideFeature, scenario: GuideScenario): FlowRecord {
  const example = scenario.example?.map(({ value }) => value).join(' ');
  const name = example ? `${scenario.name} (${example})` : scenario.name;
  return {
    id: `${feature.slug}/${slugify(name)}`,
    feature: feature.name,
    scenario: name,
    status: scenario.status,
    steps: (scenario.ranSteps ?? scenario.steps).map((step) => ({
      text: `${step.keyword} ${step.text}`,
      status: step.status,
      error: step.message,
      aria: step.aria,
      screenshot: step.screens.at(-1)?.bytes,
    })),
  };
}
