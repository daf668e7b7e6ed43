/**
 * The guide as the generator understands it: what the Gherkin says, joined with what the last
 * run did. Built from cucumber messages by `buildGuide`, turned into MDX by `renderGuide`.
 */

/** A result a step or scenario can have; `not-run` means the run holds no result for it. */
export type GuideStatus =
  | 'passed'
  | 'failed'
  | 'pending'
  | 'undefined'
  | 'ambiguous'
  | 'skipped'
  | 'not-run';

/** An image attached to a step, stored once per distinct content. */
export interface Screenshot {
  /** File name under the guide's `img/` folder: a content hash plus extension. */
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

export type StepArgument =
  | { kind: 'dataTable'; rows: string[][] }
  | { kind: 'docString'; content: string; mediaType?: string };

export interface GuideStep {
  /** The Gherkin keyword without trailing space: "Given", "And", "*". */
  keyword: string;
  text: string;
  argument?: StepArgument;
  status: GuideStatus;
  /** The failure message, for a step that failed or was ambiguous. */
  message?: string;
  screenshots: Screenshot[];
  /** True for a step that comes from a Background. */
  fromBackground: boolean;
}

export interface GuideScenario {
  keyword: string;
  name: string;
  description: string;
  /** For one row of a Scenario Outline: the row's values by column name. */
  example?: Array<{ name: string; value: string }>;
  status: GuideStatus;
  /** When the last attempt finished (ISO 8601, UTC); absent when it never ran. */
  finishedAt?: string;
  /** How many attempts the run made (1 unless the scenario was retried). */
  attempts: number;
  steps: GuideStep[];
  /** Failures of hooks around the steps (for example a browser that did not start). */
  hookFailures: string[];
}

export interface GuideBackground {
  keyword: string;
  name: string;
  /** Each with the screenshot from the first scenario that ran it and passed. */
  steps: Array<{ keyword: string; text: string; argument?: StepArgument; screenshots: Screenshot[] }>;
}

export interface GuideRule {
  keyword: string;
  name: string;
  description: string;
  background?: GuideBackground;
  scenarios: GuideScenario[];
}

export interface GuideFeature {
  /** The feature file's path as the run saw it, e.g. `features/network_pin.feature`. */
  uri: string;
  /** URL-safe page name derived from the file name, e.g. `network-pin`. */
  slug: string;
  keyword: string;
  name: string;
  description: string;
  background?: GuideBackground;
  /** Scenarios and rules in the order the feature file has them. */
  children: Array<{ scenario: GuideScenario } | { rule: GuideRule }>;
}

export interface GuideRun {
  startedAt?: string;
  finishedAt?: string;
  success?: boolean;
  /** A failure outside any scenario, e.g. a BeforeAll hook that threw. */
  exception?: string;
}

export interface Guide {
  run: GuideRun;
  features: GuideFeature[];
  /** Problems with the input that did not stop the guide from being built. */
  warnings: string[];
}
