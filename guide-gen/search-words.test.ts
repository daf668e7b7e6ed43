import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import config from '../docusaurus.config';
import { EVIDENCE_FOLDER } from './evidence-page';
import { SEARCH_WORDS, searchFrontMatterLines, withSearchWords } from './search-words';
import { searchLikeThePlugin, type IndexedPage, type SearchOptions, type Suggestion } from './testing/search-like-the-plugin';

const FEATURES = join(__dirname, '..', 'features');

/** Markdown as the reader sees it: a link's text without its target, no emphasis marks. */
const plainText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Each feature file as the guide shows it: its name as the title, its description as the introduction. */
function featurePages(): (IndexedPage & { slug: string })[] {
  return readdirSync(FEATURES)
    .filter((file) => file.endsWith('.feature'))
    .map((file) => {
      const text = readFileSync(join(FEATURES, file), 'utf8');
      const slug = file
        .replace(/\.feature$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      const [, head = '', name = '', rest = ''] = /^([\s\S]*?)Feature:(.*)\n([\s\S]*)$/m.exec(text) ?? [];
      const intro = rest.split(/^\s*(?:@|Background:|Rule:|Scenario|Example)/m)[0];
      const paragraphs = intro
        .split(/\n\s*\n/)
        .map(plainText)
        .filter(Boolean);
      return { slug, url: head.includes('@guide-start') ? '/' : `/guide/${slug}`, title: name.trim(), paragraphs };
    });
}

/** The search plugin's options, as docusaurus.config.ts sets them (the plugin's defaults otherwise). */
function siteSearchOptions(): SearchOptions & { ignoreFiles?: RegExp[] } {
  const theme = (config.themes ?? []).find((entry) => Array.isArray(entry) && entry[0] === '@easyops-cn/docusaurus-search-local');
  const options = ((theme as [string, Record<string, unknown>] | undefined)?.[1] ?? {}) as Partial<SearchOptions> & {
    language?: string | string[];
    ignoreFiles?: RegExp[];
  };
  return {
    language: ([] as string[]).concat(options.language ?? ['en']),
    fuzzyMatchingDistance: options.fuzzyMatchingDistance ?? 1,
    searchResultLimits: options.searchResultLimits ?? 8,
    ignoreFiles: options.ignoreFiles,
  };
}

describe("the search box finds a page by the reader's words", () => {
  let search: (query: string) => Promise<Suggestion[]>;
  let searchWithoutWords: (query: string) => Promise<Suggestion[]>;
  const first = async (query: string) => (await search(query))[0]?.url;

  before(async () => {
    const pages = featurePages();
    // Docusaurus describes a page by its first paragraph unless its front matter says otherwise.
    const withWords = pages.map((page) => ({
      ...page,
      description: SEARCH_WORDS[page.slug]?.description ?? page.paragraphs[0],
      keywords: SEARCH_WORDS[page.slug]?.keywords,
    }));
    const withoutWords = pages.map((page) => ({ ...page, description: page.paragraphs[0] }));
    search = await searchLikeThePlugin(withWords, siteSearchOptions());
    searchWithoutWords = await searchLikeThePlugin(withoutWords, siteSearchOptions());
  });

  it('"wifi password" leads to the Wi-Fi user id and password page, which says "Wi-Fi" and so never matched "wifi"', async () => {
    assert.deepEqual(await searchWithoutWords('wifi password'), []);
    assert.equal(await first('wifi password'), '/guide/wifi-credentials');
  });

  it('"forgot password" leads to the docomo ID page first, not the sp-mode password reset', async () => {
    assert.equal((await searchWithoutWords('forgot password'))[0]?.url, '/guide/reset-sp-mode-password');
    assert.equal(await first('forgot password'), '/guide/verify-docomo-id');
    assert.ok(
      (await search('forgot password')).some((s) => s.url === '/guide/reset-sp-mode-password'),
      'the sp-mode reset is no longer suggested',
    );
  });

  it('"locked" leads to a page that unlocks a credential', async () => {
    assert.ok(
      ['/guide/change-or-unlock-docomo-id', '/guide/sp-mode-password-lock', '/guide/reset-sp-mode-password'].includes((await first('locked')) ?? ''),
      await first('locked'),
    );
  });

  it('"PIN" leads to a network PIN page', async () => {
    assert.ok(['/guide/change-network-pin', '/guide/network-pin-gate'].includes((await first('PIN')) ?? ''), await first('PIN'));
  });

  it('leaves the evidence pages out of the index, so they never crowd out the how-to page they prove', () => {
    const ignored = siteSearchOptions().ignoreFiles ?? [];
    const isIgnored = (route: string) => ignored.some((pattern) => pattern.test(route));
    assert.ok(isIgnored(`guide/${EVIDENCE_FOLDER}/wifi-credentials`));
    assert.ok(!isIgnored('guide/wifi-credentials'));
    assert.ok(!isIgnored(''));
  });
});

describe("a page's search words", () => {
  it('belong to pages that exist: each is a feature file', () => {
    const slugs = new Set(featurePages().map((page) => page.slug));
    assert.deepEqual(
      Object.keys(SEARCH_WORDS).filter((slug) => !slugs.has(slug)),
      [],
    );
  });

  /** The front matter as Docusaurus reads it from a page. */
  const frontMatterOf = async (frontMatter: string) =>
    (await DEFAULT_PARSE_FRONT_MATTER({ filePath: 'docs/guide/page.mdx', fileContent: `${frontMatter}\n\nThe page.\n` })).frontMatter;

  it('go into the front matter as a description and a list of keywords that Docusaurus reads back', async () => {
    const fields = await frontMatterOf(withSearchWords('---\ntitle: "Log in to docomo Wi-Fi"\nsidebar_position: 3\n---', 'wifi-credentials'));
    assert.equal(fields.title, 'Log in to docomo Wi-Fi');
    assert.equal(fields.description, SEARCH_WORDS['wifi-credentials'].description);
    assert.deepEqual(fields.keywords, SEARCH_WORDS['wifi-credentials'].keywords);
  });

  it('keep quotes and colons inside their YAML strings', async () => {
    const fields = await frontMatterOf(['---', ...searchFrontMatterLines('use-sp-mode'), '---'].join('\n'));
    assert.equal(fields.description, SEARCH_WORDS['use-sp-mode'].description);
  });

  it('leave a page without words as it was', () => {
    assert.equal(withSearchWords('---\ntitle: "Glossary"\n---', 'glossary'), '---\ntitle: "Glossary"\n---');
  });

  it('refuse text that is not front matter, naming the page', () => {
    assert.throws(() => withSearchWords('title: x', 'wifi-credentials'), /wifi-credentials/);
  });
});
