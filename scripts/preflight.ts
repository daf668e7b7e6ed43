import { chromium } from 'playwright';
import { portalRevisionFromEnv } from '../mocks/revisions';
import { BROWSER_ENDPOINT_VARIABLE, chromiumExecutable } from '../common/browser';
import { PORTAL_URL_VARIABLE, portalOrigin } from '../steps/support/portal-connection';

/** How long a remote browser or portal may take to answer before the run is called off. */
const ANSWER_TIMEOUT_MS = 10_000;

export interface PreflightOptions {
  /** A dry run opens no browser and no portal: only the settings' syntax is checked. */
  dryRun?: boolean;
}

/**
 * What would stop every scenario of a run, found before cucumber-js starts its workers. Run from
 * inside the workers, the same problem surfaced once per worker, three `[cause]` levels under
 * "Unexpected error on worker.receiveMessage"; found here it is one line each, and nothing of the
 * last run is touched. Returns no problems when the run can start.
 */
export async function preflightProblems(env: NodeJS.ProcessEnv = process.env, options: PreflightOptions = {}): Promise<string[]> {
  const problems: string[] = [];
  const check = async (test: () => unknown) => {
    try {
      await test();
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  await check(() => portalRevisionFromEnv(env));
  const portalUrl = env[PORTAL_URL_VARIABLE];
  if (portalUrl) await check(() => (options.dryRun ? portalOrigin(portalUrl) : portalAnswers(portalOrigin(portalUrl))));
  if (options.dryRun) return problems;
  const endpoint = env[BROWSER_ENDPOINT_VARIABLE];
  await check(() => (endpoint ? browserAnswers(endpoint) : chromiumExecutable(env)));
  return problems;
}

async function portalAnswers(origin: string): Promise<void> {
  try {
    await fetch(origin, { method: 'HEAD', signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new Error(
      `Nothing answers at ${PORTAL_URL_VARIABLE}=${origin} (${reason}). Start the portal there ` +
        `(npm run portal -- --port N) or unset ${PORTAL_URL_VARIABLE} to run on the embedded mock portal.`,
    );
  }
}

async function browserAnswers(endpoint: string): Promise<void> {
  try {
    const browser = await chromium.connect(endpoint, { timeout: ANSWER_TIMEOUT_MS });
    await browser.close();
  } catch (error) {
    throw new Error(
      `No browser answers at ${BROWSER_ENDPOINT_VARIABLE}=${endpoint}: ${(error as Error).message.split('\n')[0]}. ` +
        `Start one there (npx playwright run-server --port N) or unset ${BROWSER_ENDPOINT_VARIABLE} to launch Chromium here.`,
    );
  }
}
