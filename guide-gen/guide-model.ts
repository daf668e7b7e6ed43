/**
 * The guide as the generator understands it: what the Gherkin says, joined with what the last
 * run did. Built from cucumber messages by `buildGuide`, turned into MDX by `renderGuide`.
 */

/** A result a step or scenario can have; `not-run` means the run holds no result for it. */
export type GuideStatus = 'passed' | 'failed' | 'pending' | 'undefined' | 'ambiguous' | 'skipped' | 'not-run';

/** An image attached to a step, stored once per distinct content. */
export interface Screenshot {
  /** File name under the guide's `img/` folder: a content hash plus extension. */
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  width?: number;
  height?: number;
  /** For a crop shown on a how-to page: the whole screenshot it was cut from. */
  whole?: Screenshot;
}

/**
 * A Japanese label a step tapped, filled in or read on the portal's screen, with its meaning; or,
 * with `do`, something the reader does that is neither a tap nor a fill ("Turn off Wi-Fi…"): then
 * `en` is the whole instruction and `ja` is empty.
 */
export interface ScreenLabel {
  ja: string;
  en: string;
  action: 'tap' | 'fill' | 'see' | 'do';
}

/** One sentence the portal said on screen (an alert or a status line), with its English; `en` is empty when the run had none. */
export interface PortalSaid {
  ja: string;
  en: string;
}

/** The portal's numbers (mocks/settings.ts `PortalSettings`) by name, as run.json reported them. */
export type RunSettings = Readonly<Record<string, number | string>>;

/** What a scenario ran against and with which code (the run's `run.json` attachment). */
export interface RunInfo {
  portal: string;
  origin: string;
  revision?: string;
  commit?: string;
  /** Absent in runs from before run.json carried them: the guide then leaves the numbers out. */
  settings?: RunSettings;
}

/** A file an attachment carried, offered for download and stored once by content under `files/`. */
export interface AttachedFile {
  /** File name under the guide's `files/` folder: a content hash, then the attachment's name made safe. */
  fileName: string;
  /** What the reader is told it is: the attachment's own file name, or one made from its media type. */
  title: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * Something a step or hook attached for a person to read, beyond the project's own screenshots,
 * labels, run info and snapshots: a log, some text, links, or a file to download.
 */
export type ShownAttachment =
  | {
      kind: 'text';
      /** "Log", the attachment's file name, or what its media type is. */
      title: string;
      /** The text as shown: at most the first lines of a long one. */
      text: string;
      /** The code block's language: `json` for JSON, else `text`. */
      language: string;
      /** Set when `text` is only the beginning: how many lines the whole has, and the whole as a file. */
      whole?: { lines: number; file: AttachedFile };
    }
  | { kind: 'links'; urls: string[] }
  | { kind: 'file'; file: AttachedFile }
  /** A PNG or JPEG the run attached outside any walkthrough. */
  | { kind: 'image'; screenshot: Screenshot };

/** An attachment shown outside the numbered steps, with where it came from ("a hook after the last step"). */
export interface PlacedAttachment {
  from: string;
  attachment: ShownAttachment;
}

/** What the run recorded on the phone during one step. */
export interface StepEvidence {
  /** Taken just before each tap, the control to tap outlined (`tap-1.png`, `tap-2.png`…). */
  taps: Screenshot[];
  /** The screen after the step (`step.png`; `failure.png` when it failed; any unnamed image). */
  screens: Screenshot[];
  /** The labels the step looked for, as recorded; the guide shows them only for a passed step. */
  labels: ScreenLabel[];
  /** The accessibility snapshot of the page's main content after the step, for `verify`. */
  aria?: string;
  /** What the portal said on screen after the step, translated (`messages.json`). */
  said?: PortalSaid[];
  /** Logs, text, links and files the step attached, in the order it attached them. */
  attachments?: ShownAttachment[];
}

export type StepArgument = { kind: 'dataTable'; rows: string[][] } | { kind: 'docString'; content: string; mediaType?: string };

export interface GuideStep extends StepEvidence {
  /** The Gherkin keyword without trailing space: "Given", "And", "*". */
  keyword: string;
  text: string;
  argument?: StepArgument;
  status: GuideStatus;
  /** The failure message, for a step that failed or was ambiguous. */
  message?: string;
  /** True for a step that comes from a Background. */
  fromBackground: boolean;
}

export interface GuideScenario {
  keyword: string;
  name: string;
  description: string;
  tags: string[];
  /** The page-unique id of the scenario's heading; its steps are `${anchor}-step-N`. */
  anchor: string;
  /** For one row of a Scenario Outline: the row's values by column name. */
  example?: Array<{ name: string; value: string }>;
  status: GuideStatus;
  /** When the last attempt finished (ISO 8601, UTC); absent when it never ran. */
  finishedAt?: string;
  /** How many attempts the run made (1 unless the scenario was retried). */
  attempts: number;
  run?: RunInfo;
  steps: GuideStep[];
  /**
   * Every step the run went through, the Background's first: what `verify` compares. The page
   * shows `steps`, which leaves out the Background steps it shows once as "Before you start".
   */
  ranSteps?: GuideStep[];
  /** Failures of hooks around the steps (for example a browser that did not start). */
  hookFailures: string[];
  /** Images hooks attached before the first step and after the last. */
  hookScreens: { before: Screenshot[]; after: Screenshot[] };
  /**
   * What else hooks attached before the first step and after the last; `before` also holds what
   * the Background steps attached, which the walkthrough does not repeat.
   */
  hookAttachments?: { before: PlacedAttachment[]; after: PlacedAttachment[] };
}

export interface GuideExamples {
  keyword: string;
  name: string;
  description: string;
  header: string[];
  rows: Array<{ values: string[]; scenario: GuideScenario }>;
}

/** A Scenario Outline: its Examples blocks as tables, each row a walkthrough of its own. */
export interface GuideOutline {
  keyword: string;
  name: string;
  description: string;
  anchor: string;
  examples: GuideExamples[];
}

export interface GuideBackground {
  keyword: string;
  name: string;
  anchor: string;
  /** Each with the evidence from the first scenario that ran it and passed. */
  steps: Array<{ keyword: string; text: string; argument?: StepArgument } & StepEvidence>;
}

export type GuideChild = { scenario: GuideScenario } | { outline: GuideOutline };

export interface GuideRule {
  keyword: string;
  name: string;
  description: string;
  anchor: string;
  background?: GuideBackground;
  children: GuideChild[];
}

export interface GuideFeature {
  /** The feature file's path as the run saw it, e.g. `features/network_pin.feature`. */
  uri: string;
  /** URL-safe page name derived from the file name, e.g. `network-pin`. */
  slug: string;
  keyword: string;
  name: string;
  description: string;
  tags: string[];
  /** The reading order the feature asks for (`@guide-start` is 0, `@guide-order-N` is N). */
  order?: number;
  /** True for the start page, the credential map (`@guide-start`). */
  isStart: boolean;
  background?: GuideBackground;
  /** Scenarios, outlines and rules in the order the feature file has them. */
  children: Array<GuideChild | { rule: GuideRule }>;
}

export interface GuideRun {
  /** True when the stream holds the run's testRunFinished: a run killed or cut short has none. */
  finished: boolean;
  startedAt?: string;
  finishedAt?: string;
  success?: boolean;
  /** A failure outside any scenario, e.g. a BeforeAll hook that threw. */
  exception?: string;
  /** What the run attached outside any walkthrough (BeforeAll and AfterAll hooks), for "About this run". */
  attachments?: PlacedAttachment[];
}

export interface Guide {
  run: GuideRun;
  /** The start page's feature first, then the ordered ones, then the rest by path. */
  features: GuideFeature[];
  /** Problems with the input that did not stop the guide from being built. */
  warnings: string[];
}
