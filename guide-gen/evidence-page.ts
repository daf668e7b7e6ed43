import { mapOutsideCode } from './outside-code';

/**
 * Every feature's full page, every walkthrough with every step and screenshot, lives one folder
 * down, under `evidence/`: the page at the feature's own path is the short how-to a customer
 * reads, and this one is what a tester checks it against.
 */
export const EVIDENCE_FOLDER = 'evidence';

/** The sidebar's collapsed category that holds the evidence pages. */
const EVIDENCE_LABEL = 'Evidence (every check)';

/** A link from a page in the guide folder to a feature's evidence page, or to an anchor on it. */
export function evidenceLink(slug: string, anchor?: string): string {
  return `./${EVIDENCE_FOLDER}/${slug}.mdx${anchor ? `#${anchor}` : ''}`;
}

/** The evidence folder's `_category_.json`: collapsed, after the guide's own pages. */
export function evidenceCategory(position: number): string {
  return `${JSON.stringify({ label: EVIDENCE_LABEL, collapsed: true, position, link: null }, null, 2)}\n`;
}

/**
 * A page written for the guide folder, moved one folder down: its relative links and the
 * images it requires (`./img/…`, `./glossary.mdx#…`, `./files/…`) now start with `../`. Code
 * blocks and inline code are left as written: what a log says is not a link.
 */
export function oneFolderDown(page: string): string {
  return mapOutsideCode(page, (text) => text.replace(/(\]\(|require\(")\.\//g, '$1../'));
}
