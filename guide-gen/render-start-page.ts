import { codeBlock, jsString, stripAnsi } from './escape-mdx';
import { featureDescription } from './feature-description';
import type { Guide, GuideFeature } from './guide-model';
import { portalSettingsOf } from './portal-settings';
import { credentialCards } from './render-credential-cards';
import { frontMatter, pageTitle } from './render-feature-page';
import { withSearchWords } from './search-words';
import { heading } from './render-scenario';
import { renderServices, renderStartProof } from './start-page-checks';

const START_TITLE = 'Which password is which?';

/** The portal's address as a QR code image in the guide's `img/` folder. */
export interface PortalCode {
  fileName: string;
  origin: string;
  size: number;
}

/**
 * The guide's home page, which routes a reader in one screen: the `@guide-start` feature's
 * description with its table as one small card per credential (what it looks like, what locks
 * it, and its tasks as links to their how-to pages), then the proof of the checks behind the
 * map, the portal's QR code, which service asks for which credential (each line linked to its
 * check on the evidence page) and the pages no card links to. The walkthroughs themselves are on
 * the evidence page. What the description gets wrong is told by `startPageWarnings`.
 */
export function renderStartPage(guide: Guide, start: GuideFeature | undefined, code: PortalCode | undefined): string {
  const title = start?.name.trim() || START_TITLE;
  const parts = [
    withSearchWords(
      frontMatter({ title, sidebar_label: title, sidebar_position: 1, slug: '/' }).replace(/\n---$/, '\nhide_table_of_contents: true\n---'),
      start?.slug ?? '',
    ),
  ];
  if (code) parts.push("import PortalQrCode from '@site/src/components/PortalQrCode';");
  const map = start && mapOf(guide, start);
  if (map?.markdown) parts.push(map.markdown);
  if (guide.run.exception) {
    parts.push([':::warning[The last check did not finish normally]', '', codeBlock(stripAnsi(guide.run.exception)), '', ':::'].join('\n'));
  }
  parts.push(start ? renderStartProof(start) : ':::caution[Not verified]\n\nThe map of which credential is which was not part of the last check.\n\n:::');
  if (code) {
    parts.push(
      heading(2, 'Open the portal on your phone', 'open-the-portal'),
      `<PortalQrCode src={require(${jsString(`./img/${code.fileName}`)}).default} url=${jsString(code.origin)} size={${code.size}} />`,
    );
  }
  if (start) parts.push(renderServices(start));
  parts.push(renderOtherPages(guide, map?.linked ?? new Set()));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/**
 * What the start page's description gets wrong, for the generator to print: a link to a feature
 * the run does not hold, a placeholder that names no setting, or a run that reported no settings.
 */
export function startPageWarnings(guide: Guide): string[] {
  const start = guide.features.find((feature) => feature.isStart);
  return start ? mapOf(guide, start).warnings : [];
}

/** The description as the map: the run's settings in its placeholders, its feature links made page links, its table made cards. */
function mapOf(guide: Guide, start: GuideFeature): { markdown: string; linked: Set<string>; warnings: string[] } {
  const description = featureDescription(start, guide.features, portalSettingsOf([start, ...guide.features]));
  return { ...description, markdown: credentialCards(description.markdown) };
}

/** The goals no card links to, and the glossary, so that every page can be reached from here too. */
function renderOtherPages(guide: Guide, linked: ReadonlySet<string>): string {
  const pages = guide.features
    .filter((feature) => !feature.isStart && !linked.has(feature.slug))
    .map((feature) => `- [${pageTitle(feature)}](./${feature.slug}.mdx)`);
  pages.push('- [The Japanese labels, in English](./glossary.mdx): every label this guide asks you to find');
  return [heading(2, 'More guides', 'more-guides'), pages.join('\n')].join('\n\n');
}
