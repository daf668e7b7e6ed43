import type { LengthLimits } from '../support/lengths-allowed';
import type { ScreenLabel } from './screen-label';

/**
 * A label whose text names the portal's limits ("{min}〜{max}文字"), with the limits filled in
 * from the portal's settings: the spec then checks the message the portal shows today, and the
 * guide's glossary gives it with today's numbers, without a second copy of them here.
 */
export function labelWithLimits(label: ScreenLabel, { min, max }: LengthLimits): ScreenLabel {
  const fill = (text: string) => text.replaceAll('{min}', String(min)).replaceAll('{max}', String(max));
  if (!label.ja.includes('{min}')) throw new Error(`The label "${label.ja}" names no {min}/{max} limits to fill in.`);
  return { ja: fill(label.ja), en: fill(label.en) };
}
