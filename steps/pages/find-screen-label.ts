import { screenLabels, type ScreenLabel } from './screen-label';

/**
 * The screen label with this exact Japanese text: how a step that quotes Japanese from the Gherkin,
 * or a button read off the screen, gets its English meaning for the guide. An unknown text is an
 * error, so every Japanese word the spec relies on stays in screen-label.ts.
 */
export function screenLabelFor(ja: string): ScreenLabel {
  const label = Object.values(screenLabels).find((candidate: ScreenLabel) => candidate.ja === ja);
  if (!label) throw new Error(`"${ja}" is not in steps/pages/screen-label.ts: add it there with its English meaning.`);
  return label;
}
