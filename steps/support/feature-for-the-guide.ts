import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Background, type Feature, type Pickle, type Scenario } from '@cucumber/messages';

/**
 * What the how-to guide asks of each feature file (contracts 3 and 4 between the spec and the
 * guide): one walkthrough tagged @how-to per goal, none on the start page, and a one-line "If …, …"
 * troubleshooting entry as the description of every other scenario, in the reader's words.
 */
export interface FeatureForTheGuide {
  file: string;
  isStartPage: boolean;
  /** The names of the pickles tagged @how-to (an outline's row counts as its own walkthrough). */
  howTos: string[];
  /** Every scenario or outline with at least one pickle that is not the how-to. */
  troubleshooting: Array<{ name: string; description: string }>;
  /** The persona's names and the values of her line's table, which no description may repeat. */
  personaData: string[];
  /** Every tag on the feature, its scenarios and their examples, once each. */
  tags: string[];
}

const personaLine = /^(\S+) has a docomo line:$/;

export function featureForTheGuide(file: string, source: string): FeatureForTheGuide {
  const newId = IdGenerator.incrementing();
  const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(source);
  const feature = document.feature;
  if (!feature) throw new Error(`${file} holds no Feature.`);
  const pickles = compile(document, file, newId);
  const howTo = (pickle: Pickle) => pickle.tags.some((tag) => tag.name === '@how-to');
  const troubleshooting = scenariosOf(feature)
    .filter((scenario) => pickles.some((pickle) => pickle.astNodeIds[0] === scenario.id && !howTo(pickle)))
    .map((scenario) => ({ name: scenario.name, description: scenario.description.trim() }));
  return {
    file,
    isStartPage: feature.tags.some((tag) => tag.name === '@guide-start'),
    howTos: pickles.filter(howTo).map((pickle) => pickle.name),
    troubleshooting,
    personaData: personaDataOf(feature),
    tags: [...new Set([...feature.tags.map((tag) => tag.name), ...pickles.flatMap((pickle) => pickle.tags.map((tag) => tag.name))])],
  };
}

function scenariosOf(feature: Feature): Scenario[] {
  return feature.children.flatMap((child) => [
    ...(child.scenario ? [child.scenario] : []),
    ...(child.rule?.children.flatMap((ruleChild) => (ruleChild.scenario ? [ruleChild.scenario] : [])) ?? []),
  ]);
}

function personaDataOf(feature: Feature): string[] {
  const steps = [
    ...feature.children.flatMap((child) => [child.background, child.scenario, ...(child.rule?.children.flatMap((c) => [c.background, c.scenario]) ?? [])]),
  ].flatMap((node: Background | Scenario | undefined) => node?.steps ?? []);
  return steps.flatMap((step) => {
    const name = personaLine.exec(step.text)?.[1];
    if (!name) return [];
    const values = step.dataTable?.rows.map((row) => row.cells[1]?.value ?? '') ?? [];
    return [name, ...values, ...values.map((value) => value.replace(/-/g, ''))].filter((value) => value.length >= 4);
  });
}

/** Every feature file in the folder, read for the guide. */
export function featuresForTheGuide(folder: string): FeatureForTheGuide[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.feature'))
    .sort()
    .map((name) => featureForTheGuide(name, readFileSync(join(folder, name), 'utf8')));
}
