import type { Pickle } from '@cucumber/messages';
import type { Guide, GuideFeature } from './guide-model';
import { assignAnchors } from './anchors';
import { featureFromDocument, featureFromPickles } from './build-feature';
import { orderFeatures, readGuideOrder } from './guide-order';
import { indexRun } from './index-run';
import type { LoadExternal } from './read-attachment';
import type { LocatedEnvelope } from './read-envelopes';

/** Page names the guide uses for its own pages. */
const RESERVED_SLUGS = ['index', 'start', 'glossary'];

/**
 * The whole guide from a run's messages: one feature per feature file, in the order the
 * features ask for, each scenario joined with the last attempt of its test case. Never throws
 * on bad input; what it had to drop is listed in `warnings`, each naming its line.
 */
export function buildGuide(envelopes: Iterable<LocatedEnvelope>, loadExternal?: LoadExternal): Guide {
  const index = indexRun(envelopes, loadExternal);
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
      const feature = featureFromDocument(uri, document.feature, picklesByScenario, index);
      const { isStart, order, problems } = readGuideOrder(feature.tags);
      for (const problem of problems) index.warnings.push(`line ${line}: ${uri} ${problem}`);
      features.push({ ...feature, isStart, ...(order !== undefined ? { order } : {}) });
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
    const feature = featureFromPickles(
      uri,
      pickles.map(({ pickle }) => pickle),
      index,
    );
    const { isStart, order } = readGuideOrder(feature.tags);
    features.push({ ...feature, isStart, ...(order !== undefined ? { order } : {}) });
  }

  const ordered = orderFeatures(features, (message) => index.warnings.push(message));
  assignSlugs(ordered);
  ordered.forEach(assignAnchors);
  return { run: index.run, features: ordered, warnings: index.warnings };
}

/** Page names from the feature file's name, e.g. `features/network_pin.feature` → `network-pin`. */
function assignSlugs(features: GuideFeature[]): void {
  const taken = new Set<string>(RESERVED_SLUGS);
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
