/**
 * `npm run bench:site [-- FOLDER] [--no-lighthouse] [--requests] [--page PATH …]`: how heavy and
 * how tall the built guide is on a phone. Serves the built site (default build/) on 127.0.0.1 as
 * `npm run serve` does (text gzipped), opens every page of its sitemap.xml as a 390×844 phone
 * (touch, 2× pixels) in a fresh browser context, and prints per page its height, the bytes it
 * transfers on load and once scrolled to the bottom, and how many images and JS chunks it
 * requested; then the median and the worst, and Lighthouse's mobile performance and accessibility
 * scores when Lighthouse can run here. It prints figures and judges nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../common/browser';
import { serveStatic } from '../guide-gen/testing/serve-static';
import { benchTable, bytesByKind, kb, pageRow, type PageRow } from './bench-site/bench-table';
import { measurePhonePage, PHONE, type PageFigures } from './bench-site/measure-phone-page';
import { sitemapPaths } from './bench-site/sitemap-paths';
import { startLighthouse } from './bench-site/start-lighthouse';

const root = resolve(__dirname, '..');

const HOW_MEASURED = [
  `phone: ${PHONE.width}×${PHONE.height} px viewport, ${PHONE.deviceScaleFactor}× pixels, touch, a fresh browser context per page (nothing cached)`,
  'load: bytes transferred from navigation until, after the load event, the page was idle and the network quiet for 1 s',
  '      (the page, its CSS and JS, what it preloads, images in view), as Chromium counted them on the wire:',
  '      headers and bodies as sent, text (HTML, JS, CSS, JSON) gzipped at level 6 as `npm run serve` sends it',
  'load raw: the same files decoded, as a host that compresses nothing would send them',
  `scrolled: bytes transferred once the page was scrolled to its bottom, ${PHONE.height} px at a time (lazy images)`,
  "      each file counted once (a second request for it is answered from the phone's cache)",
  'img, JS: distinct image files and JS files (scripts and prefetched chunks) downloaded; 1 KB = 1000 bytes',
];

/** One page Lighthouse cannot audit leaves its scores empty; the rest of the figures still count. */
function lighthouseFailed(path: string) {
  return (error: unknown): undefined => {
    console.log(`  lighthouse failed on ${path}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  };
}

function printRequests(figures: PageFigures): void {
  console.log(`  ${figures.path} (${figures.repeats} more requests for files already downloaded)`);
  const loaded = new Set(figures.onLoad.map((transfer) => transfer.url));
  for (const transfer of figures.afterScroll) {
    const when = loaded.has(transfer.url) ? 'load  ' : 'scroll';
    console.log(
      `    ${when} ${transfer.kind.padEnd(5)} ${kb(transfer.transferredBytes).padStart(7)} ${`(${kb(transfer.bytes)})`.padStart(9)}  ${new URL(transfer.url).pathname}`,
    );
  }
}

type Measured = { figures: PageFigures; row: PageRow };

function printSummary(measured: Measured[]): void {
  console.log();
  console.log(benchTable(measured.map(({ row }) => row)));
  if (measured.length === 0) return;
  const heaviest = measured.reduce((worst, page) => (page.row.loadBytes > worst.row.loadBytes ? page : worst));
  const parts = bytesByKind(heaviest.figures.onLoad).map(([kind, bytes]) => `${kind} ${kb(bytes)}`);
  console.log(`heaviest on load, ${heaviest.row.path}, is made of: ${parts.join(', ')}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'no-lighthouse': { type: 'boolean' }, requests: { type: 'boolean' }, page: { type: 'string', multiple: true } },
  });
  const site = resolve(positionals[0] ?? join(root, 'build'));
  const sitemap = join(site, 'sitemap.xml');
  if (!existsSync(sitemap)) {
    console.error(
      `bench-site: ${relative(process.cwd(), sitemap) || sitemap} not found: ${site} is not a built site. Build one (npm run guide:site) or pass its folder.`,
    );
    return 1;
  }
  const paths = values.page?.length ? values.page : sitemapPaths(readFileSync(sitemap, 'utf8'));

  const server = await serveStatic(site);
  const browser = await launchChromium();
  const lighthouse = values['no-lighthouse'] ? ({ available: false, why: '--no-lighthouse' } as const) : await startLighthouse();
  try {
    console.log(`site benchmark: ${site}, ${paths.length} pages from ${values.page?.length ? '--page' : 'sitemap.xml'}`);
    for (const line of HOW_MEASURED) console.log(`  ${line}`);
    console.log(
      lighthouse.available
        ? 'lighthouse 12: mobile preset (simulated slow 4G, 4× CPU slowdown), performance and accessibility, 0–100'
        : `lighthouse: not available (${lighthouse.why})`,
    );
    const measured: Measured[] = [];
    for (const path of paths) {
      const figures = await measurePhonePage(browser, new URL(path, server.url).href);
      const scores = lighthouse.available ? await lighthouse.scores(new URL(path, server.url).href).catch(lighthouseFailed(path)) : undefined;
      measured.push({ figures, row: pageRow(figures, scores) });
      if (values.requests) printRequests(figures);
    }
    printSummary(measured);
    return 0;
  } finally {
    if (lighthouse.available) await lighthouse.close();
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`bench-site: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
