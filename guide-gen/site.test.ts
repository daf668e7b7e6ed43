import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright';
import { PNG } from 'pngjs';
import { bytesByKind, kb } from '../scripts/bench-site/bench-table';
import { measurePhonePage, transferredBytes } from '../scripts/bench-site/measure-phone-page';
import { launchChromium } from '../common/browser';
import { buildSite, type BuiltSite } from './testing/build-site';
import { serveStatic } from './testing/serve-static';
import { withPhoneSizedShots } from './testing/phone-sized-shots';
import { tinyRunNdjson } from './testing/tiny-run';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' };

/** The how-to pages of the fixture run: one per feature but the start page's. */
const HOW_TO_PAGES = ['/guide/docomo-id', '/guide/network-pin', '/guide/wifi'];

/** What a phone may download to show a page, compressed as served (1 KB = 1000 bytes): the budget of the issue on light pages. */
const PAGE_WEIGHT_LIMIT = 300_000;

/** The fixture's features, by page name: every one has an evidence page. */
const FEATURE_PAGES = ['docomo-id', 'network-pin', 'which-credential', 'wifi'];

/** The made-up credentials of the fixture's personas: the second column of each "… has a docomo line:" table. */
function personaCredentials(): string[] {
  const folder = join(__dirname, 'fixtures', 'tiny-run', 'features');
  return readdirSync(folder).flatMap((file) => {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    return lines.flatMap((line, i) => {
      if (!/has a docomo line:\s*$/.test(line)) return [];
      const rows = lines.slice(i + 1).filter((_, j, rest) => rest.slice(0, j + 1).every((row) => row.trim().startsWith('|')));
      return rows.map((row) => row.split('|')[2]?.trim() ?? '').filter(Boolean);
    });
  });
}

/**
 * The guide as a reader gets it: generated from the fixture run, built by Docusaurus (which
 * fails on any broken link or anchor), served, and opened in a phone-sized Chromium.
 */
describe('the built guide, on a phone', { timeout: 180_000 }, () => {
  let site: BuiltSite;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let paths: string[];
  /** What each page showed, read once in light mode. */
  const pages = new Map<string, PageReport>();

  before(async () => {
    // Minified, as `npm run guide:site` builds it: the page weights are checked on what ships.
    site = await buildSite(withPhoneSizedShots(tinyRunNdjson));
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
    context = await browser.newContext(PHONE);
    const sitemap = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
    paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]).filter((p) => p !== '/search');
    for (const path of paths) {
      const page = await open(path);
      pages.set(path, await readPage(page));
      await page.close();
    }
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function open(path: string, into: BrowserContext = context): Promise<Page> {
    const page = await into.newPage();
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, path);
    return page;
  }

  it('has every guide page: the start page, a how-to page per other feature, the glossary, the about page, and every feature’s evidence page', () => {
    assert.deepEqual([...paths].sort(), ['/', '/about', ...HOW_TO_PAGES, ...FEATURE_PAGES.map((slug) => `/guide/evidence/${slug}`), '/guide/glossary'].sort());
  });

  it('fits every how-to page in 8 phone screens', () => {
    for (const path of HOW_TO_PAGES) {
      const { height } = pages.get(path)!;
      assert.ok(height <= 8 * 844, `${path} is ${height} px tall, more than 8 screens of 844 px`);
    }
  });

  it('draws every screenshot at 2 device pixels or more per CSS pixel, and never the same one twice in a row on a how-to page', () => {
    const shots = [...pages].flatMap(([path, report]) => report.screenshots.map((shot) => ({ path, ...shot })));
    assert.ok(shots.length >= 30, `only ${shots.length} screenshots in the guide`);
    const blurred = shots.filter(({ pixels, shownWidth }) => !(shownWidth > 0 && pixels / shownWidth >= 2));
    assert.deepEqual(
      blurred.map(({ path, src, pixels, shownWidth }) => `${path}: ${src}, ${pixels} px drawn ${shownWidth} px wide`),
      [],
    );
    assert.ok(
      HOW_TO_PAGES.filter((path) => pages.get(path)!.screenshots.length > 2).length >= 2,
      'the how-to pages of the walkthroughs that ran show their screens',
    );
    for (const path of HOW_TO_PAGES) {
      const srcs = pages.get(path)!.screenshots.map(({ src }) => src);
      const repeated = srcs.filter((src, i) => src === srcs[i - 1]);
      assert.deepEqual(repeated, [], `${path} shows a screenshot twice in a row`);
    }
  });

  it('cuts a how-to step’s screenshot to the part that matters, and links it to the whole screen', async () => {
    const page = await open(HOW_TO_PAGES[0]);
    const first = page.locator('main figure').first();
    const whole = await first.locator('a').getAttribute('href');
    assert.ok(whole, 'the first picture links to the whole screen');
    const [crop, full] = await Promise.all([imageSize(page, (await first.locator('img').getAttribute('src'))!), imageSize(page, whole)]);
    assert.equal(crop.width, full.width, 'cut to its height only');
    assert.ok(crop.height < full.height * 0.85, `the picture is ${crop.height} px tall, the whole screen ${full.height} px`);
    await page.close();
  });

  it('keeps the glossary a phrasebook: within 8 phone screens, each label leading to how-to pages, never to a step', async () => {
    const { height } = pages.get('/guide/glossary')!;
    assert.ok(height <= 8 * 844, `/guide/glossary is ${height} px tall, more than 8 screens of 844 px`);
    const page = await open('/guide/glossary');
    const terms = await page.$$eval('li[id^="term-"]', (items) =>
      items.map((li) => [...li.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')),
    );
    await page.close();
    assert.ok(terms.length > 0, 'no label has its id');
    for (const links of terms) {
      assert.ok(links.length > 0, 'a label leads to no page');
      for (const href of links) assert.match(href, /^\/guide\/(?!evidence\/)[a-z0-9-]+$|^\/$/, `the glossary links to ${href}`);
    }
  });

  it('shows no persona’s credential on a how-to page but marked as an example', () => {
    const credentials = personaCredentials();
    assert.ok(credentials.includes('4739'), `the fixture's personas: ${credentials.join(', ')}`);
    for (const path of HOW_TO_PAGES) {
      const { textOutsideExamples } = pages.get(path)!;
      for (const value of credentials) assert.ok(!textOutsideExamples.includes(value), `${path} shows ${value} outside an example`);
    }
    assert.match(pages.get('/guide/network-pin')!.text, /e\.g\. 4739 — use your own/);
  });

  it('teaches one walkthrough as numbered steps on a how-to page, and links to every check behind it', async () => {
    const page = await open('/guide/network-pin');
    const steps = page.locator('ol[data-how-to-steps] > li');
    assert.deepEqual(
      // Each step's instruction: its paragraph that is not a warning.
      await steps.evaluateAll((items) =>
        items.map((li) => [...li.children].find((child) => child.tagName === 'P' && child.getAttribute('role') !== 'note')?.textContent?.trim()),
      ),
      [
        'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).',
        'Tap 「ネットワーク暗証番号の変更」 (Change your network PIN).',
        'Enter your network PIN in 「ネットワーク暗証番号」.',
        'Tap 「次へ」 (Next).',
        'You should now see 「変更が完了しました」 (The change is done).',
      ],
    );
    assert.match(await steps.nth(2).innerText(), /3 wrong network PINs in a row lock it, and only a docomo shop can unlock it/);
    assert.match(
      await page.locator('[data-how-to-status="passed"]').innerText(),
      /^Passed\s*Checked against the mocked portal on \d+ \w+ \d{4}, \d\d:\d\d UTC\.$/,
    );
    const evidence = page.getByRole('link', { name: 'Every check behind this page (9 walkthroughs)' });
    assert.equal(await evidence.getAttribute('href'), '/guide/evidence/network-pin');
    await page.close();
  });

  it('routes from the start page in one screen: every credential card’s task links within the first 844 px', async () => {
    const page = await open('/');
    const links = page.locator('.credential-tasks a');
    const boxes = await links.evaluateAll((anchors) => anchors.map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() })));
    assert.ok(boxes.length >= 3, `the start page has ${boxes.length} task links`);
    for (const box of boxes) {
      assert.ok(box.top >= 0 && box.bottom <= PHONE.viewport.height, `"${box.text}" ends at ${Math.round(box.bottom)} px, below the first screen`);
      assert.ok(box.height >= 24, `"${box.text}" is ${Math.round(box.height)} px tall, too small to tap`);
    }
    await links.first().click();
    await page.waitForURL(/\/guide\/docomo-id$/);
    await page.close();
  });

  it('sends an address trimmed back to /guide to the start page', async () => {
    for (const path of ['/guide', '/guide/']) {
      const page = await open(path);
      await page.waitForURL(`${server.url}/`);
      assert.ok(await page.locator('h1').first().isVisible(), `${path} did not land on the start page`);
      await page.close();
    }
  });

  it('sends a phone at most 300 KB on load for every page, compressed as served', async () => {
    // Each page in a fresh context of its own, all at once: bytes do not depend on the timing.
    const loads = await Promise.all([...paths, '/search'].map((path) => measurePhonePage(browser, server.url + path, { scroll: false })));
    const heavy = loads
      .filter(({ onLoad }) => transferredBytes(onLoad) > PAGE_WEIGHT_LIMIT)
      .map(
        ({ path, onLoad }) =>
          `${path} transfers ${kb(transferredBytes(onLoad))} on load (${bytesByKind(onLoad)
            .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
            .join(', ')})`,
      );
    assert.deepEqual(heavy, [], `pages heavier than ${kb(PAGE_WEIGHT_LIMIT)} on a phone`);
  });

  it('loads every image on every page, screenshots lazily', () => {
    const images = [...pages.values()].reduce((sum, report) => sum + report.images, 0);
    assert.ok(images >= 30, `only ${images} images in the guide`);
    for (const [path, report] of pages) {
      assert.deepEqual(report.brokenImages, [], `${path}: images that did not load`);
      assert.deepEqual(report.eagerScreenshots, [], `${path}: screenshots not lazy-loaded`);
    }
  });

  it('links only to pages and anchors that exist', () => {
    const links = [...pages].flatMap(([from, report]) => report.links.map((href) => ({ from, href })));
    assert.ok(links.length > 20, `only ${links.length} links`);
    for (const { from, href } of links) {
      const target = new URL(href, server.url + from);
      const path = target.pathname.replace(/\/$/, '') || '/';
      assert.ok(pages.has(path), `${from} links to ${href}, which is not a page`);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor) assert.ok(pages.get(path)?.ids.includes(anchor), `${from} links to ${href}, which has no #${anchor}`);
    }
  });

  it('shows a screenshot at every step of every passing walkthrough, or links to where the page shows it', () => {
    const steps = [...pages].flatMap(([path, report]) => report.passingSteps.map((step) => ({ path, ...step })));
    assert.ok(steps.length >= 20, `only ${steps.length} passing steps found`);
    const pictured = new Set(steps.filter((step) => step.images > 0).map((step) => `${step.path}#${step.id}`));
    const unshown = steps.filter(
      (step) => step.images === 0 && !(step.shownAt && step.linksTo === `#${step.shownAt}` && pictured.has(`${step.path}#${step.shownAt}`)),
    );
    assert.deepEqual(
      unshown.map((step) => `${step.path}#${step.id}`),
      [],
    );
    assert.ok(
      steps.some((step) => step.shownAt),
      'no setting-up step was folded into a link',
    );
  });

  it('has no serious or critical accessibility violations in light mode', () => {
    for (const [path, report] of pages) assert.deepEqual(report.violations, [], `light ${path}`);
  });

  it('has none in dark mode either, where only the colours change', async () => {
    const dark = await browser.newContext({ ...PHONE, colorScheme: 'dark' });
    for (const path of paths) {
      const page = await open(path, dark);
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
      assert.deepEqual(await seriousViolations(page, ['color-contrast', 'link-in-text-block']), [], `dark ${path}`);
      await page.close();
    }
    await dark.close();
  });

  it('shows a failing walkthrough as failed, at the step where it failed, with the failure in words', async () => {
    const page = await open('/guide/evidence/network-pin');
    const walkthrough = page.locator('ol[data-walkthrough-status="failed"]');
    const failed = walkthrough.locator('li[data-step-status="failed"]');
    assert.equal(await failed.count(), 1);
    assert.match(await failed.innerText(), /she sees "変更が完了しました"[\s\S]*Did not work: This step did not work as described/);
    assert.equal(await failed.locator('figure[data-kind="failure"] img').count(), 1);
    assert.ok(await failed.locator('[data-problem-status="failed"]').isVisible(), 'the failure is hidden');
    const heading = page.locator('h2#a-wrong-current-pin-is-refused + [data-scenario-status="failed"]');
    assert.equal(await heading.count(), 1);
    // The badge a reader sees, not only the attribute: red, and saying so.
    const badge = heading.locator('.badge');
    assert.equal(await badge.innerText(), 'Failed');
    assert.match((await badge.getAttribute('class')) ?? '', /badge--danger/);
    assert.match(await page.locator('.theme-admonition-danger').innerText(), /did not work as shown[\s\S]*A wrong current PIN is refused/i);
    await page.close();
    // On the how-to page, its troubleshooting line carries the same red badge.
    const howTo = await open('/guide/network-pin');
    const line = howTo.locator('li', { has: howTo.locator('a[href*="a-wrong-current-pin-is-refused"]') });
    assert.equal(await line.locator('.badge').innerText(), 'Failed');
    assert.match((await line.locator('.badge').getAttribute('class')) ?? '', /badge--danger/);
    await howTo.close();
  });

  it('says "Not verified" where the run did not check, and shows what the walkthrough ran against', async () => {
    const wifi = await open('/guide/evidence/wifi');
    assert.match(await wifi.locator('main').innerText(), /NOT VERIFIED[\s\S]*did not run the walkthrough/i);
    await wifi.close();
    const howTo = await open('/guide/wifi');
    assert.match(await howTo.locator('[data-how-to-status="not-run"]').innerText(), /Not checked in the last run/);
    assert.doesNotMatch(await howTo.locator('main').innerText(), /Checked against/);
    await howTo.close();
    const pin = await open('/guide/evidence/network-pin');
    const proof = await pin.locator('[data-scenario-status="passed"]').first().innerText();
    assert.match(
      proof,
      /Passed\s*Checked \d+ \w+ \d{4}, \d\d:\d\d UTC, against the mocked portal \(smt\.docomo\.ne\.jp, its current revision\), spec commit 0123456789ab\./,
    );
    await pin.close();
  });

  it('puts a QR code on the start page that reads back as the portal’s address', async () => {
    const page = await open('/');
    const src = (await page.locator('img[alt^="QR code"]').getAttribute('src')) ?? '';
    // A small image is inlined by the bundler as a data: URL.
    const inline = /^data:image\/png;base64,(.*)$/.exec(src);
    const bytes = inline ? Buffer.from(inline[1], 'base64') : await (await page.request.get(new URL(src, server.url).href)).body();
    const png = PNG.sync.read(bytes);
    assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, 'https://smt.docomo.ne.jp');
    await page.close();
  });

  it('finds pages with the offline search, in English and in Japanese', async () => {
    const page = await open('/guide/glossary');
    const box = page.locator('input.navbar__search-input');
    await box.click();
    await box.fill('network PIN');
    await page.getByRole('option').filter({ hasText: 'Change your network PIN' }).first().waitFor({ timeout: 10_000 });
    for (const [query, path] of [
      ['network PIN', '/guide/network-pin'],
      ['次へ', '/guide/glossary'],
    ] as const) {
      await page.goto(`${server.url}/search?q=${encodeURIComponent(query)}`);
      await page.locator(`article a[href^="${path}"]`).first().waitFor({ timeout: 10_000 });
    }
    await page.close();
  });
});

interface PageReport {
  /** The page's height in CSS pixels, at the phone's width. */
  height: number;
  text: string;
  /** The page's main text with what is marked as an example (`.example`) left out. */
  textOutsideExamples: string;
  images: number;
  /** Each screenshot in page order: its file, its width in pixels, and the width it is drawn at. */
  screenshots: Array<{ src: string; pixels: number; shownWidth: number }>;
  brokenImages: string[];
  eagerScreenshots: string[];
  ids: string[];
  links: string[];
  passingSteps: Array<{ id: string; images: number; shownAt?: string; linksTo?: string }>;
  violations: string[];
}

/** Everything the checks need from one page, read in one visit. */
async function readPage(page: Page): Promise<PageReport> {
  const eagerScreenshots = await page.$$eval('figure img', (images) =>
    (images as HTMLImageElement[]).filter((img) => img.getAttribute('loading') !== 'lazy').map((img) => img.src),
  );
  // Load the lazy images the way scrolling would, then wait for all of them.
  await page.$$eval('img', (images) => images.forEach((img) => img.setAttribute('loading', 'eager')));
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 10_000 });
  const report = {
    height: await page.evaluate(() => document.documentElement.scrollHeight),
    text: await page.locator('main').innerText(),
    textOutsideExamples: await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.example').forEach((example) => example.remove());
      return copy.textContent ?? '';
    }),
    images: await page.locator('main img').count(),
    brokenImages: await page.$$eval('img', (images) => images.filter((img) => img.naturalWidth === 0).map((img) => img.src)),
    eagerScreenshots,
    ids: await page.$$eval('[id]', (elements) => elements.map((element) => element.id)),
    links: await linksOf(page),
    passingSteps: await page.$$eval('ol[data-walkthrough-status="passed"] > li', (items) =>
      items.map((li) => ({
        id: li.id,
        images: li.querySelectorAll('figure img').length,
        shownAt: li.getAttribute('data-shown-at') ?? undefined,
        linksTo: li.querySelector('p > a:last-child')?.getAttribute('href') ?? undefined,
      })),
    ),
    violations: await seriousViolations(page),
  };
  // Last: it unfolds what is folded away, which changes the page the other checks read.
  return { ...report, screenshots: await screenshotsOf(page) };
}

/** An image's size in pixels, read from the site as the browser gets it. */
async function imageSize(page: Page, src: string): Promise<{ width: number; height: number }> {
  const inlined = /^data:image\/png;base64,/.exec(src);
  const bytes = inlined ? Buffer.from(src.slice(inlined[0].length), 'base64') : await (await page.request.get(new URL(src, page.url()).href)).body();
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height };
}

/** Every screenshot in page order, what is folded away unfolded (so drawn), as a reader who opens it sees it. */
async function screenshotsOf(page: Page): Promise<PageReport['screenshots']> {
  // Closed, a <details> draws none of what it holds: each is opened as a reader opens it.
  const closed = page.locator('main details:not([open]):not([data-collapsed="false"]) > summary:visible');
  for (let opened = 0; opened < 200 && (await closed.count()) > 0; opened++) await closed.first().click();
  await page.waitForTimeout(400); // Docusaurus animates the opening
  const shots = await page.$$eval('main figure[data-kind] img', (images) =>
    (images as HTMLImageElement[]).map((img) => ({
      src: img.getAttribute('src') ?? '',
      pixels: img.naturalWidth,
      shownWidth: img.getBoundingClientRect().width,
    })),
  );
  return shots;
}

/** The page's own links (a folded <details> keeps its links in the page). */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('main a[href]', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => !/^[a-z]+:/i.test(href));
}

async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
