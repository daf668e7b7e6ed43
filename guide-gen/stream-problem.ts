import type { Envelope } from '@cucumber/messages';
import type { LocatedEnvelope } from './read-envelopes';

/** Every kind of message cucumber writes; typed against Envelope, so a kind added there must be added here. */
const MESSAGE_KINDS: Record<keyof Envelope, true> = {
  attachment: true,
  externalAttachment: true,
  gherkinDocument: true,
  hook: true,
  meta: true,
  parameterType: true,
  parseError: true,
  pickle: true,
  suggestion: true,
  source: true,
  stepDefinition: true,
  testCase: true,
  testCaseFinished: true,
  testCaseStarted: true,
  testRunFinished: true,
  testRunStarted: true,
  testStepFinished: true,
  testStepStarted: true,
  testRunHookStarted: true,
  testRunHookFinished: true,
  undefinedParameterType: true,
};

/** What a message stream holds, in counts of its lines: enough to tell whether it can become a guide. */
export interface StreamShape {
  /** Lines that are not blank. */
  lines: number;
  /** Lines that are not a JSON object. */
  unreadable: number;
  /** Lines that are a cucumber message of a kind cucumber writes. */
  messages: number;
  /** gherkinDocument and pickle messages: what the guide's pages are made of. */
  documented: number;
}

export function streamShape(envelopes: Iterable<LocatedEnvelope>, unreadable: number): StreamShape {
  const shape: StreamShape = { lines: unreadable, unreadable, messages: 0, documented: 0 };
  for (const located of tallied(envelopes, shape)) void located;
  return shape;
}

/**
 * The envelopes as they pass, each counted into `shape` (whose `unreadable` lines the reader
 * counts): the shape of a stream read once, a message at a time, without keeping its messages.
 */
export function* tallied(envelopes: Iterable<LocatedEnvelope>, shape: StreamShape): Generator<LocatedEnvelope> {
  for (const located of envelopes) {
    const kinds = Object.keys(located.envelope).filter((key) => key in MESSAGE_KINDS);
    shape.lines += 1;
    if (kinds.length > 0) shape.messages += 1;
    if (kinds.includes('gherkinDocument') || kinds.includes('pickle')) shape.documented += 1;
    yield located;
  }
}

/**
 * Why a stream cannot replace the guide, said after the stream's name; undefined when it can.
 * A run killed mid-write loses its last line, so a few unreadable lines are expected: only a
 * stream that is mostly not JSON is taken for the wrong file.
 */
export function streamProblem(shape: StreamShape): string | undefined {
  if (shape.lines === 0) return 'is empty: there is nothing to make a guide from';
  if (shape.unreadable * 2 > shape.lines) {
    return `is not a cucumber message stream: ${shape.unreadable} of its ${shape.lines} lines are not JSON messages ` + '(a binary file, or the wrong file?)';
  }
  if (shape.messages === 0) return `holds no cucumber messages: none of its ${shape.lines} lines is one`;
  if (shape.documented === 0) {
    return 'holds no gherkinDocument or pickle: the run had no feature to document (were its feature paths or tags wrong?)';
  }
  return undefined;
}
