/**
 * `ts-node scripts/bench/floor.ts [--parallel N] [--out FILE]`: the bench's floor. The scenarios of
 * FLOOR_FEATURES as a plain Playwright script: no cucumber, no screenshots, no aria snapshots. Each
 * scenario gets a fresh embedded portal routed into a fresh phone-sized Japanese context, as the
 * Before hook gives it; N lanes (default 2, as cucumber's 2 workers) each drive a Chromium of their
 * own. Writes its timings (FloorTimings) as JSON to FILE, or prints them, for `npm run bench`; exits 1 if a flow failed.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright';
import { routeContextToHandlers } from '../../mocks/bridge';
import { createPortal, PORTAL_ORIGIN } from '../../mocks/portal';
import { launchChromium } from '../../common/browser';
import { carrierHeadersOf, phoneProfiles } from '../../steps/support/phone';
import { floorScenarios, type FloorScenario } from './floor-flows';

/** steps/support/world.ts's actionTimeoutMs (that module registers the World, so only cucumber may load it). */
const actionTimeoutMs = 10_000;

export interface FloorTimings {
  scenarios: number;
  /** From the first scenario's start to the last one's end, as a message stream's test cases span. */
  scenariosMs: number;
  failures: string[];
}

async function runScenario(browser: Browser, scenario: FloorScenario): Promise<void> {
  const portal = createPortal({ lines: [scenario.line] });
  const context = await browser.newContext({ ...phoneProfiles['built-in browser'], baseURL: PORTAL_ORIGIN });
  context.setDefaultTimeout(actionTimeoutMs);
  try {
    const phone = { phoneNumber: scenario.line.phoneNumber, network: scenario.network, profile: 'built-in browser' as const };
    await routeContextToHandlers(context, {
      origin: PORTAL_ORIGIN,
      handlers: portal.handlers,
      carrierHeaders: () => carrierHeadersOf(phone),
      onBlocked: (method, url) => {
        throw new Error(`${scenario.name}: the page asked for ${method} ${url}, which the mocked portal does not serve.`);
      },
    });
    await scenario.run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** One lane: a Chromium of its own, taking the next scenario from the shared queue until it is empty. */
async function lane(queue: FloorScenario[], failures: string[]): Promise<void> {
  const browser = await launchChromium();
  try {
    for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
      await runScenario(browser, scenario).catch((error: Error) => failures.push(`${scenario?.name}: ${error.message.split('\n')[0]}`));
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { parallel: { type: 'string', default: '2' }, out: { type: 'string' } } });
  const lanes = Number(values.parallel);
  if (!Number.isInteger(lanes) || lanes < 1) {
    console.error(`floor: --parallel takes a whole number of lanes, not "${values.parallel}".`);
    return 2;
  }
  const queue = [...floorScenarios];
  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: lanes }, () => lane(queue, failures)));
  const timings: FloorTimings = { scenarios: floorScenarios.length, scenariosMs: performance.now() - started, failures };
  if (values.out) writeFileSync(values.out, JSON.stringify(timings));
  else console.log(JSON.stringify(timings));
  for (const failure of failures) console.error(`floor: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`floor: ${error.message}`);
    process.exitCode = 1;
  },
);
