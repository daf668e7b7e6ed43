import type { Browser, BrowserContext, Page, Request } from 'playwright';
import { compressibleKinds, resourceKind, type ResourceKind } from './resource-kind';

export const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 } as const;

export interface Transfer {
  url: string;
  kind: ResourceKind;
  /** The body's bytes once decoded: the file as it lies on the host. */
  bytes: number;
  /** What came over the wire for it: the response's headers and its body as sent (gzipped text). */
  transferredBytes: number;
}

/** The bytes that came over the wire for these files. */
export const transferredBytes = (transfers: readonly Transfer[]) => transfers.reduce((total, transfer) => total + transfer.transferredBytes, 0);

export interface PageFigures {
  path: string;
  /** document.documentElement.scrollHeight once the reader has scrolled to the bottom. */
  heightPx: number;
  /** Files downloaded until the page was idle and the network quiet after the load event (hydration, prefetches). */
  onLoad: Transfer[];
  /** Every file downloaded, once the page was scrolled to its bottom a screen at a time (lazy images). */
  afterScroll: Transfer[];
  /** Requests for a file already downloaded; see watchNetwork. */
  repeats: number;
}

const NOT_THIS_MACHINE = /^(https?|wss?):\/\/(?!(127\.0\.0\.1|localhost)[:/])/;

/** How long the network must stay quiet before a phase counts as finished. */
const QUIET_MS = 1000;
const SETTLE_LIMIT_MS = 30_000;
const SETTLE_ROUNDS = 5;

/**
 * Opens one page as a phone in a fresh browser context (no cache, no storage shared with the
 * previous page), and records every response it downloads, on load and (unless `scroll` is false)
 * while scrolling to its bottom.
 */
export async function measurePhonePage(browser: Browser, url: string, { scroll = true } = {}): Promise<PageFigures> {
  const { pathname, search } = new URL(url);
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    // The site must be whole on this machine: anything it asks of another host is refused (and
    // then shows in --requests as missing), never sent.
    await context.route(NOT_THIS_MACHINE, (route) => route.abort('blockedbyclient'));
    const network = watchNetwork(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, network);
    const onLoad = await network.transfers();
    if (scroll) {
      await scrollToBottom(page);
      await settle(page, network);
    }
    const heightPx = await page.evaluate(() => document.documentElement.scrollHeight);
    const afterScroll = scroll ? await network.transfers() : onLoad;
    return { path: `${pathname}${search}`, heightPx, onLoad, afterScroll, repeats: network.repeats() };
  } finally {
    await context.close();
  }
}

/** Scrolls a screen at a time; two frames a screen let the lazy-loading and prefetching observers see it. */
async function scrollToBottom(page: Page): Promise<void> {
  const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / window.innerHeight));
  for (let screen = 1; screen <= screens; screen += 1) {
    await page.evaluate((y) => {
      window.scrollTo(0, y);
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, screen * PHONE.height);
  }
}

/**
 * Waits until the page is idle and its network quiet, and stays so. The load event comes before
 * React hydrates the page and before the links it renders prefetch anything; on a busy processor
 * hydration alone can outlast a quiet second, so the main thread's idleness is waited for too.
 */
async function settle(page: Page, network: ReturnType<typeof watchNetwork>): Promise<void> {
  for (let round = 0; round < SETTLE_ROUNDS; round += 1) {
    const requested = network.requested();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    await network.quiet();
    if (network.requested() === requested) return;
  }
}

/**
 * Counts requests in flight and records each finished response, for the whole context (workers
 * too). A file is counted once: a second request for it (Docusaurus preloads a chunk it already
 * ran) is answered from the phone's cache.
 */
function watchNetwork(context: BrowserContext) {
  const recorded: Promise<Transfer | undefined>[] = [];
  const seen = new Set<string>();
  let repeats = 0;
  let inFlight = 0;
  let requested = 0;
  let lastChange = Date.now();
  context.on('request', () => {
    requested += 1;
    inFlight += 1;
    lastChange = Date.now();
  });
  context.on('requestfailed', () => {
    inFlight -= 1;
    lastChange = Date.now();
  });
  context.on('requestfinished', (request) => {
    inFlight -= 1;
    lastChange = Date.now();
    if (seen.has(request.url())) {
      repeats += 1;
      return;
    }
    seen.add(request.url());
    recorded.push(transferOf(request));
  });
  return {
    async quiet(): Promise<void> {
      const started = Date.now();
      while (Date.now() - started < SETTLE_LIMIT_MS) {
        if (inFlight <= 0 && Date.now() - lastChange >= QUIET_MS) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    repeats: () => repeats,
    requested: () => requested,
    async transfers(): Promise<Transfer[]> {
      return (await Promise.all(recorded)).filter((transfer): transfer is Transfer => transfer !== undefined);
    },
  };
}

/**
 * What the phone received is Chromium's own count (the CDP's encoded data length: headers and the
 * body as sent). Chromium keeps no body for a `<link rel="prefetch">` it has not used yet, so the
 * decoded size of a text file is read by asking for the file again.
 */
async function transferOf(request: Request): Promise<Transfer | undefined> {
  const response = await request.response();
  if (!response) return undefined;
  const kind = resourceKind(request.url(), response.headers()['content-type']);
  const { responseBodySize, responseHeadersSize } = await request.sizes();
  const compressed = compressibleKinds.includes(kind) && (await response.headerValue('content-encoding')) !== null;
  const bytes = compressed ? await decodedSize(request.url()) : responseBodySize;
  return { url: request.url(), kind, bytes: bytes ?? responseBodySize, transferredBytes: responseBodySize + responseHeadersSize };
}

/**
 * The file's size once decompressed, fetched again beside the browser; undefined when that fetch
 * fails, its body included (a socket closed half-way through a body once, on a loaded machine, and
 * failed the page-weight test, which counts the bytes the browser got, not these).
 */
async function decodedSize(url: string): Promise<number | undefined> {
  if (NOT_THIS_MACHINE.test(url)) return undefined;
  const response = await fetch(url).catch(() => undefined);
  if (!response?.ok) return undefined;
  return response.arrayBuffer().then(
    (body) => body.byteLength,
    () => undefined,
  );
}
