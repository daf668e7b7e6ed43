import type { GuideChild, GuideFeature, GuideOutline, GuideScenario } from './guide-model';

/** A walkthrough with the title it is shown under (an outline row's comes from its values). */
export interface Walkthrough {
  scenario: GuideScenario;
  title: string;
  /** The title with what it needs to stand alone, off its page (an outline row's with the outline's name). */
  fullTitle: string;
}

/** Every walkthrough of a feature in page order: scenarios, outline rows, inside rules or not. */
export function walkthroughsOf(feature: GuideFeature): Walkthrough[] {
  return feature.children.flatMap((child) => ('rule' in child ? child.rule.children : [child]).flatMap(walkthroughsOfChild));
}

export function walkthroughsOfChild(child: GuideChild): Walkthrough[] {
  if ('scenario' in child) {
    const title = child.scenario.name.trim() || child.scenario.keyword;
    return [{ scenario: child.scenario, title, fullTitle: title }];
  }
  const { outline } = child;
  return outline.examples.flatMap((examples) =>
    examples.rows.map((row) => {
      const title = rowTitle(outline, examples.header, row);
      const ownName = row.scenario.name.trim() !== '' && row.scenario.name !== outline.name;
      return { scenario: row.scenario, title, fullTitle: ownName ? title : `${outlineTitle(outline)} (${title})` };
    }),
  );
}

/** Every scenario of a feature, in page order. */
export function scenariosOf(feature: GuideFeature): GuideScenario[] {
  return walkthroughsOf(feature).map(({ scenario }) => scenario);
}

/**
 * The heading of one outline row: its own name when the outline's name has placeholders, else
 * its values by column ("connection: on Wi-Fi"), as few columns as tell the rows apart.
 */
export function rowTitle(outline: GuideOutline, header: readonly string[], row: { values: string[]; scenario: GuideScenario }): string {
  if (row.scenario.name.trim() && row.scenario.name !== outline.name) return row.scenario.name.trim();
  const all = outline.examples.flatMap((examples) => examples.rows.map((r) => r.values));
  const width = Math.max(1, row.values.length);
  const columns = [1, 2, 3].find((k) => new Set(all.map((values) => values.slice(0, k).join('\u0000'))).size === all.length) ?? width;
  const pairs = row.values.slice(0, columns).map((value, i) => (header[i] ? `${header[i]}: ${value}` : value));
  return pairs.join(', ') || outline.name;
}

/**
 * An outline's heading for a reader: each <placeholder> becomes the values its rows give it
 * ("issue, verify or delete"); where they are too many or too long to list, the column's name
 * as a slot (‹what›), since the Examples table right below spells them out.
 */
export function outlineTitle(outline: GuideOutline): string {
  const name = outline.name.trim() || outline.keyword;
  return name.replace(/<([^<>]+)>/g, (whole, column: string) => {
    const values = new Set<string>();
    for (const examples of outline.examples) {
      const index = examples.header.indexOf(column);
      if (index >= 0) for (const row of examples.rows) if (row.values[index]?.trim()) values.add(row.values[index].trim());
    }
    const listed = [...values];
    if (listed.length === 0) return whole;
    if (listed.length > 4 || listed.some((value) => value.length > 24)) return `‹${column}›`;
    if (listed.length === 1) return listed[0];
    // A value that has an "or" of its own ("change or unlock") needs the serial comma to stay one value.
    const serialComma = listed.length > 2 && listed.some((value) => / or /.test(value)) ? ',' : '';
    return `${listed.slice(0, -1).join(', ')}${serialComma} or ${listed[listed.length - 1]}`;
  });
}
