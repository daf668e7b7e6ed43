import { ariaDiff } from './aria-diff';
import type { CompareOptions, StepChange } from './compare-flows';
import type { StepRecord } from './flow-record';
import { comparePngs, UnreadableScreen, type ComparedScreens } from './pixel-diff';

/** Why a step's evidence could not be compared: each is a change, never a silent pass. */
const MISSING = {
  baselineScreen: 'no screen to compare: the baseline has no screen for this step',
  runScreen: 'no screen to compare: the run recorded no screen',
  runScreenNotPng: "no screen to compare: the run's screen is not a PNG",
  baselineScreenNotPng: "no screen to compare: the baseline's screen is not a PNG",
  baselineAria: 'the baseline has no accessibility snapshot for this step: accept the run again to record one',
  runAria: 'the run recorded no accessibility snapshot for this step (the page had no single <main>, or the run did not attach one)',
} as const;

/** The options of one verify run, and the screen pairs it has compared so far. */
export type StepOptions = CompareOptions & { compared: ComparedScreens };

/**
 * One step of a flow against the same step of its baseline. Text, outcome, accessibility snapshot
 * and screen are each compared; evidence one side has and the other lacks, or cannot be read, is
 * a change saying which. A step with no screen and no snapshot on either side (one that never
 * ran, or ran before the phone opened any page) has nothing more to compare.
 */
export async function compareStep(index: number, pair: { before?: StepRecord; after?: StepRecord }, options: StepOptions): Promise<StepChange | undefined> {
  const { before, after } = pair;
  const step = index + 1;
  if (!after) return { step, text: '(no such step any more)', was: before?.text, aria: [] };
  if (!before) return { step, text: after.text, was: '(no such step before)', aria: [], after: after.screenshot };
  const was = before.text !== after.text ? before.text : before.status !== after.status ? `${before.status}, now ${after.status}` : undefined;
  const missing: string[] = [];
  const aria = compareAria(before, after, missing);
  const pixels = await compareScreens(before, after, options, missing);
  if (!was && aria.length === 0 && !pixels && missing.length === 0) return undefined;
  return { step, text: after.text, was, aria, ...(missing.length > 0 ? { missing } : {}), before: before.screenshot, after: after.screenshot, ...pixels };
}

function compareAria(before: StepRecord, after: StepRecord, missing: string[]): string[] {
  if (before.aria !== undefined && after.aria !== undefined) return ariaDiff(before.aria, after.aria);
  if (before.aria === undefined && after.aria !== undefined) missing.push(MISSING.baselineAria);
  if (before.aria !== undefined && after.aria === undefined) missing.push(MISSING.runAria);
  return [];
}

type PixelChange = Pick<StepChange, 'pixels' | 'ratio' | 'diff'>;

async function compareScreens(before: StepRecord, after: StepRecord, options: StepOptions, missing: string[]): Promise<PixelChange | undefined> {
  if (!before.screenshot && !after.screenshot) return undefined;
  if (!before.screenshot) missing.push(MISSING.baselineScreen);
  if (!after.screenshot) missing.push(MISSING.runScreen);
  if (!before.screenshot || !after.screenshot) return undefined;
  try {
    const diff = await comparePngs(before.screenshot, after.screenshot, options.compared);
    return diff.ratio > options.maxPixelRatio ? { pixels: diff.pixels, ratio: diff.ratio, diff: diff.paint() } : undefined;
  } catch (error) {
    if (!(error instanceof UnreadableScreen)) throw error;
    missing.push(error.side === 'after' ? MISSING.runScreenNotPng : MISSING.baselineScreenNotPng);
    return undefined;
  }
}
