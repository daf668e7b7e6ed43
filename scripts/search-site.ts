/**
 * `npm run search:site [-- FOLDER] [--query "wifi password" …]`: what the guide's search box
 * suggests for the reader's words. Serves a built site (default build/) on 127.0.0.1, opens it as
 * a phone, types each query into the search bar the way a reader does, and prints the suggestions
 * in their order, then the page the first one opens (what Enter opens: the first is preselected).
 * It is the plugin's own client doing the search (its worker, its query expansion, its ranking),
 * so what this prints is what a reader sees. It prints and judges nothing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../common/browser';
import { serveStatic } from '../guide-gen/testing/serve-static';
import { PHONE } from './bench-site/measure-phone-page';
import { searchSuggestions } from './search-site/search-suggestions';

/** The words a confused customer types, from the issue. */
export const READER_QUERIES = ['wifi password', 'forgot password', 'locked', 'PIN'];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { query: { type: 'string', multiple: true } } });
  const site = resolve(positionals[0] ?? join(__dirname, '..', 'build'));
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`search-site: ${site} holds no built site (no index.html). Build one (npm run guide:site) or pass its folder.`);
    return 1;
  }
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: PHONE.width, height: PHONE.height },
      deviceScaleFactor: PHONE.deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    console.log(`search suggestions on ${site}, as a ${PHONE.width}×${PHONE.height} phone types them`);
    for (const query of values.query?.length ? values.query : READER_QUERIES) {
      const { suggestions, firstOpens } = await searchSuggestions(page, server.url, query);
      console.log(`\n"${query}": ${suggestions.length === 0 ? 'no results' : `${suggestions.length} suggestions; the first opens ${firstOpens}`}`);
      suggestions.forEach((suggestion, index) => console.log(`  ${index + 1}. ${suggestion}`));
    }
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`search-site: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
