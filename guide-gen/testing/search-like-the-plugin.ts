import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** A page as the search plugin reads it from the built HTML. */
export interface IndexedPage {
  url: string;
  /** The article's h1. */
  title: string;
  /** `<meta name="description">`: the front matter's, or Docusaurus's first paragraph. */
  description?: string;
  /** `<meta name="keywords">`, from the front matter. */
  keywords?: readonly string[];
  /** The text under the title, one paragraph each. */
  paragraphs: readonly string[];
}

export interface SearchOptions {
  language: string[];
  fuzzyMatchingDistance: number;
  searchResultLimits: number;
}

export interface Suggestion {
  url: string;
  /** 0 title, 1 heading, 2 description, 3 keywords, 4 text (the plugin's SearchDocumentType). */
  type: number;
}

const PLUGIN = dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
const SERVER = join(PLUGIN, 'dist', 'server', 'server', 'utils');
const CLIENT = join(PLUGIN, 'dist', 'client');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function html(page: IndexedPage): string {
  const meta = [
    page.description === undefined ? '' : `<meta name="description" content="${escapeHtml(page.description)}">`,
    page.keywords === undefined ? '' : `<meta name="keywords" content="${escapeHtml(page.keywords.join(','))}">`,
  ].join('');
  const body = page.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  return `<html><head>${meta}</head><body><article><header><h1>${escapeHtml(page.title)}</h1></header>${body}</article></body></html>`;
}

/**
 * Loads one of the plugin's browser modules (ES modules, which Node 20 will not load from a
 * package that is not "type": "module") as CommonJS, with its build-time constants given here
 * and comlink, which only connects the web worker, left out.
 */
function clientModule(file: string, shared: Record<string, unknown>, cache: Map<string, unknown>): Record<string, unknown> {
  const cached = cache.get(file);
  if (cached) return cached as Record<string, unknown>;
  const source = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  cache.set(file, module.exports);
  const load = (specifier: string): unknown => {
    if (specifier in shared) return shared[specifier];
    if (specifier.endsWith('proxiedGeneratedConstants')) return shared.constants;
    const path = resolve(dirname(file), specifier);
    return clientModule(path.endsWith('.js') ? path : `${path}.js`, shared, cache);
  };
  // The plugin's browser code, run as the bundler would run it, with our `require` for its imports.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('exports', 'require', 'module', source)(module.exports, load, module);
  return module.exports;
}

type Search = (query: string) => Promise<Suggestion[]>;

/**
 * Indexes pages with the plugin's own build step (scanDocuments and buildIndex, from its
 * dist/server) and returns a search that runs the plugin's own browser code on that index (its
 * worker's search: tokenize, smartQueries, the order of kinds, sortSearchResults), so a test sees
 * the suggestions a reader would see, in their order.
 */
export async function searchLikeThePlugin(pages: readonly IndexedPage[], options: SearchOptions): Promise<Search> {
  const folder = mkdtempSync(join(tmpdir(), 'search-words-'));
  try {
    const infos = pages.map((page, index) => {
      const filePath = join(folder, `${index}.html`);
      writeFileSync(filePath, html(page));
      return { filePath, url: page.url, type: 'docs' };
    });
    const config = { ...options, removeDefaultStopWordFilter: [], removeDefaultStemmer: false, ignoreCssSelectors: [], forceIgnoreNoIndex: false };
    // The plugin's build step is CommonJS in its dist/ and has no types; lunr has none either.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { scanDocuments } = require(join(SERVER, 'scanDocuments.js'));
    const { buildIndex } = require(join(SERVER, 'buildIndex.js'));
    // buildIndex also teaches lunr the languages (stemmers, Japanese tokenizer), as the
    // generated client constants do in the browser; both use this one lunr.
    const built = JSON.parse(JSON.stringify(buildIndex(await scanDocuments(infos, config), config))) as { documents: unknown[]; index: object }[];
    const lunr = require('lunr');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const constants = { ...options, removeDefaultStopWordFilter: [], searchIndexUrl: 'search-index.json' };
    const worker = clientModule(join(CLIENT, 'client', 'theme', 'worker.js'), { lunr, comlink: { expose: () => undefined }, constants }, new Map());
    const SearchWorker = worker.SearchWorker as new () => {
      search: (...args: unknown[]) => Promise<{ document: { u: string }; type: number }[]>;
      lowLevelFetchIndexes: unknown;
    };
    const searcher = new SearchWorker();
    const wrappedIndexes = built.map(({ documents, index }, type) => ({ type, documents, index: lunr.Index.load(index) }));
    searcher.lowLevelFetchIndexes = async () => ({ wrappedIndexes, zhDictionary: [] });
    return async (query) => {
      const results = await searcher.search('/', '', query, options.searchResultLimits);
      return results.map((result) => ({ url: result.document.u, type: result.type }));
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
