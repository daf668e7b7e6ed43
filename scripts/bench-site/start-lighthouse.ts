import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../../common/browser';
import type { Scores } from './bench-table';

export type LighthouseRunner = { available: true; scores: (url: string) => Promise<Scores>; close: () => Promise<void> } | { available: false; why: string };

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * Lighthouse's mobile audit (its default: a Moto G Power-sized screen, simulated slow 4G and a
 * 4× slower processor), performance and accessibility only, in a Chromium of its own that
 * chrome-launcher starts. Lighthouse 13 needs Node 22, so 12.2.3 is pinned (it runs on Node 20).
 * When it cannot run here, says why instead of failing the benchmark.
 */
export async function startLighthouse(): Promise<LighthouseRunner> {
  const modules = await Promise.all([import('lighthouse'), import('chrome-launcher')]).catch((error: unknown) => new Error(firstLine(error)));
  if (modules instanceof Error) return { available: false, why: `the lighthouse package cannot be loaded: ${modules.message}. Run npm install` };
  const [{ default: lighthouse }, { launch }] = modules;
  let chromePath: string;
  try {
    chromePath = process.env.CHROME_PATH || chromiumExecutable() || chromium.executablePath();
  } catch (error) {
    return { available: false, why: firstLine(error) };
  }
  let chrome: Awaited<ReturnType<typeof launch>>;
  try {
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs()], logLevel: 'silent' });
  } catch (error) {
    return { available: false, why: `Chromium at ${chromePath} did not start for Lighthouse: ${firstLine(error)}` };
  }
  return {
    available: true,
    async scores(url) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
      const { performance, accessibility } = result.lhr.categories;
      return { performance: performance.score ?? Number.NaN, accessibility: accessibility.score ?? Number.NaN };
    },
    close: async () => chrome.kill(),
  };
}
