import { compareStep, type StepOptions } from './compare-step';
import type { FlowRecord } from './flow-record';

export type Verdict = 'unchanged' | 'changed' | 'broken' | 'new' | 'gone';

export interface StepChange {
  /** 1-based, as the guide numbers its steps. */
  step: number;
  text: string;
  /** What the step's text or outcome was in the baseline, when that changed. */
  was?: string;
  /** Lines gone ("- …") and new ("+ …") in the accessibility snapshot. */
  aria: string[];
  /** Evidence one side lacks or that cannot be read, so it could not be compared (see compare-step.ts). */
  missing?: string[];
  pixels?: number;
  ratio?: number;
  before?: Uint8Array;
  after?: Uint8Array;
  diff?: Uint8Array;
}

export interface FlowDrift {
  id: string;
  feature: string;
  scenario: string;
  verdict: Verdict;
  /** The first step that broke or changed. */
  step?: number;
  error?: string;
  changes: StepChange[];
}

export interface CompareOptions {
  /** A screen counts as changed when more than this share of its pixels differ (0–1). */
  maxPixelRatio: number;
}

const defaultCompareOptions: CompareOptions = { maxPixelRatio: 0.001 };

/** Compares every flow of a run with its baseline; flows are matched by id. */
export async function compareFlows(
  baseline: readonly FlowRecord[],
  current: readonly FlowRecord[],
  options: CompareOptions = defaultCompareOptions,
): Promise<FlowDrift[]> {
  const before = new Map(baseline.map((flow) => [flow.id, flow]));
  const now = new Map(current.map((flow) => [flow.id, flow]));
  const drifts: FlowDrift[] = [];
  const run: StepOptions = { ...options, compared: new WeakMap() };
  for (const flow of current) drifts.push(await compareFlow(before.get(flow.id), flow, run));
  for (const flow of baseline) {
    if (!now.has(flow.id)) drifts.push({ ...identity(flow), verdict: 'gone', changes: [] });
  }
  return drifts;
}

const identity = ({ id, feature, scenario }: FlowRecord) => ({ id, feature, scenario });

async function compareFlow(baseline: FlowRecord | undefined, current: FlowRecord, options: StepOptions): Promise<FlowDrift> {
  if (!baseline) return { ...identity(current), verdict: 'new', changes: [] };
  const broken = current.status !== 'passed' && baseline.status === 'passed';
  if (broken) {
    const index = current.steps.findIndex((step) => step.status !== 'passed');
    const step = current.steps[index];
    const change: StepChange = { step: index + 1, text: step?.text ?? '', aria: [], after: step?.screenshot };
    return { ...identity(current), verdict: 'broken', step: index + 1, error: step?.error ?? `the step was ${step?.status}`, changes: [change] };
  }
  const changes: StepChange[] = [];
  const count = Math.max(baseline.steps.length, current.steps.length);
  for (let index = 0; index < count; index++) {
    const change = await compareStep(index, { before: baseline.steps[index], after: current.steps[index] }, options);
    if (change) changes.push(change);
  }
  const verdict: Verdict = changes.length > 0 ? 'changed' : 'unchanged';
  return { ...identity(current), verdict, step: changes[0]?.step, changes };
}
