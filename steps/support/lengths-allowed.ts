/** The shortest and the longest length the portal allows for something, read from its settings. */
export interface LengthLimits {
  min: number;
  max: number;
}

/**
 * Lengths a scenario names by their place against the portal's limits, so the Gherkin never
 * holds a second copy of a number that lives in mocks/settings.ts.
 */
export const lengthsAgainstLimits: Record<string, (limits: LengthLimits) => number> = {
  'of the shortest length allowed': ({ min }) => min,
  'of the longest length allowed': ({ max }) => max,
  'one character shorter than allowed': ({ min }) => min - 1,
  'one character longer than allowed': ({ max }) => max + 1,
};

/** Repeats the pattern to exactly `length` characters. */
function stretch(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/**
 * A password of exactly this length that breaks no other rule: half-width, a letter and a digit
 * in its first two characters, and nothing like a user id. Only its length can be wrong.
 */
export function passwordOfLength(length: number): string {
  return stretch('K7momiji2025Kaede8fuji3Sakura9', length);
}

/**
 * A user id of exactly this length made of half-width letters and digits, starting with a letter
 * so that it is never taken for a phone number. Only its length can be wrong.
 */
export function userIdOfLength(length: number): string {
  return stretch('hanakosato2025yamadaTokyo7', length);
}
