/**
 * `ts-node scripts/bench-guide.ts [--messages FILE]`: how long the guide takes to generate and to
 * build, and how heavy the built site is. It prints figures and judges nothing.
 * The build runs on a copy of the site in a temporary folder, minified as `npm run guide` builds
 * it, with no bundler cache (the slow case), so docs/guide/ and build/ are left as they are.
 * A bare Docusaurus site of as many one-line pages is then built the same way, for the ratio.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBeside } from '../guide-gen/attachment-files';
import { generateGuide } from '../guide-gen/generate-guide';
import { buildSite } from '../guide-gen/testing/build-site';
import { buildBareSite } from './bench/bare-site';

const root = resolve(__dirname, '..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file))
    .filter((file) => statSync(file).isFile());
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { messages: { type: 'string' } } });
  const messages = resolve(values.messages ?? join(root, 'reports', 'messages.ndjson'));
  if (!existsSync(messages)) {
    console.error(`bench-guide: ${relative(process.cwd(), messages)} not found. Run the spec first (npm run spec), or pass --messages FILE.`);
    process.exitCode = 1;
    return;
  }
  const ndjson = readFileSync(messages, 'utf8');

  // The pure part alone, best of three, before the build competes for the processor.
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    const generated = generateGuide(ndjson, loadBeside(dirname(messages)));
    return { ms: performance.now() - started, generated };
  });
  const { generated } = runs[0];
  const generateMs = Math.min(...runs.map((run) => run.ms));
  const images = generated.files.filter((file) => file.path.startsWith('img/'));

  const site = await buildSite(ndjson, { loadExternal: loadBeside(dirname(messages)) });
  let htmlPages = 0;
  try {
    const built = filesUnder(site.outDir);
    const size = (filter: (file: string) => boolean) => built.filter(filter).reduce((sum, file) => sum + statSync(file).size, 0);
    const isImage = (file: string) => ['.png', '.jpg', '.jpeg', '.svg', '.webp'].includes(extname(file));
    const pages = built.filter((file) => file.endsWith('.html'));
    htmlPages = pages.length;
    const heaviest = pages
      .map((page) => {
        const html = readFileSync(page, 'utf8');
        const sources = new Set([...html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]));
        const bytes = [...sources].reduce((sum, src) => sum + (existsSync(join(site.outDir, src)) ? statSync(join(site.outDir, src)).size : 0), 0);
        return { page: `/${relative(site.outDir, page)}`, bytes: bytes + html.length };
      })
      .sort((a, b) => b.bytes - a.bytes)[0];

    console.log(`guide benchmark for ${relative(process.cwd(), messages)} (${kib(ndjson.length)} of messages)`);
    console.log(`  generate (messages → MDX, best of 3)  ${seconds(generateMs)}`);
    console.log(`  generate and write into the site     ${seconds(site.generateMs)}`);
    console.log(`  docusaurus build (minified, no cache) ${seconds(site.buildMs)}`);
    console.log(`  pages: ${generated.files.filter((file) => file.path.endsWith('.mdx')).length} generated, ${pages.length} HTML in the build`);
    console.log(
      `  images: ${images.length} distinct, ${kib(images.reduce((sum, file) => sum + file.contents.length, 0))} generated, ${kib(size(isImage))} in the build`,
    );
    console.log(
      `  built site: ${kib(size(() => true))} (JS ${kib(size((f) => f.endsWith('.js')))}, CSS ${kib(size((f) => f.endsWith('.css')))}, HTML ${kib(size((f) => f.endsWith('.html')))}, search index ${kib(size((f) => /search-index.*\.json$/.test(f)))})`,
    );
    if (heaviest) console.log(`  heaviest page: ${heaviest.page}, ${kib(heaviest.bytes)} of HTML and images (images load lazily, as the reader scrolls)`);
  } finally {
    site.remove();
  }
  const bareMs = await buildBareSite(htmlPages);
  console.log(
    `  bare site of ${htmlPages} one-line pages, built the same way ${seconds(bareMs)}: the guide's build is ${(site.buildMs / bareMs).toFixed(2)}× it`,
  );
}

main().catch((error) => {
  console.error(`bench-guide: ${(error as Error).message}`);
  process.exitCode = 1;
});
