import type { GuideBackground, GuideChild, GuideFeature } from './guide-model';

/** Ids the page templates use for their own sections. */
const PAGE_SECTIONS = ['before-you-start', 'open-the-portal', 'what-do-you-want-to-do', 'how-this-was-checked'];

/** Lower-case ASCII words joined by single hyphens; empty for a name with no such words. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(.{0,60})(-.*)?$/, '$1')
    .replace(/-+$/, '');
}

/** The id of step `number` (1-based) of a walkthrough or Background; `--` never comes out of slugify. */
export function stepAnchor(parent: string, number: number): string {
  return `${parent}--step-${number}`;
}

/**
 * Gives every rule, outline, Background and walkthrough on a feature's page an id, unique on
 * the page, from its name: the headings, the links from a step to the same step shown earlier
 * and the tables' links to outline rows all use them.
 */
export function assignAnchors(feature: GuideFeature): void {
  const taken = new Set(PAGE_SECTIONS);
  const claim = (text: string, fallback: string) => {
    const base = slugify(text) || fallback;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    return anchor;
  };
  const background = (b: GuideBackground | undefined, name: string) => {
    if (b) b.anchor = claim(name, 'before-you-start');
  };
  const child = (c: GuideChild) => {
    if ('scenario' in c) {
      c.scenario.anchor = claim(c.scenario.name, 'walkthrough');
      return;
    }
    c.outline.anchor = claim(c.outline.name, 'walkthrough');
    const rows = c.outline.examples.flatMap((examples) => examples.rows);
    rows.forEach((row, i) => {
      const ownName = row.scenario.name.trim() !== '' && row.scenario.name !== c.outline.name;
      row.scenario.anchor = ownName
        ? claim(row.scenario.name, `${c.outline.anchor}-example-${i + 1}`)
        : claim(`${c.outline.anchor} ${slugify(row.values.join(' ')) || `example ${i + 1}`}`, 'walkthrough');
    });
  };
  // The feature's own Background heading is "Before you start", a page section.
  if (feature.background) feature.background.anchor = 'before-you-start';
  for (const c of feature.children) {
    if (!('rule' in c)) {
      child(c);
      continue;
    }
    c.rule.anchor = claim(`rule ${c.rule.name}`, 'rule');
    background(c.rule.background, `${c.rule.anchor} before you start`);
    c.rule.children.forEach(child);
  }
}
