/**
 * One documented flow (a scenario, or one example row of an outline) as the reader saw it, step by
 * step: what `verify` records as a baseline and compares a new run with.
 */
export type StepStatus = 'passed' | 'failed' | 'pending' | 'undefined' | 'ambiguous' | 'skipped' | 'not-run';

export interface StepRecord {
  /** "Given", "When"… plus the step's text, as the guide prints it. */
  text: string;
  status: StepStatus;
  /** The failure, for a step that did not pass. */
  error?: string;
  /** The accessibility snapshot of the page's main content after the step. */
  aria?: string;
  /** The screen after the step (PNG). */
  screenshot?: Uint8Array;
}

export interface FlowRecord {
  /** Stable and readable: `<feature file>/<scenario>`, used as the baseline's folder name. */
  id: string;
  feature: string;
  scenario: string;
  status: StepStatus;
  steps: StepRecord[];
}

/** A file-name-safe, readable slug: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80) || 'untitled';
}
