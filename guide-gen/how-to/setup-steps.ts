import type { GuideStep, ScreenLabel } from '../guide-model';

/**
 * The steps that set a walkthrough's scene by trying things: a `Given` (or the And/But after
 * one) that fills the same field again and again, such as "she has locked her sp-mode password
 * with wrong ones". Taught as actions they would tell the reader to type her password three
 * times; the reader is already there, so the how-to names the situation instead. A `Given` that
 * taps its way, switches the network or types a credential once (the network PIN on the way to
 * the form) stays: it is the path the reader must follow.
 */
export function isSetupStep(step: GuideStep, index: number, steps: readonly GuideStep[]): boolean {
  const fields = step.labels.filter((label) => label.action === 'fill').map((label) => label.ja);
  return inGivenGroup(index, steps) && new Set(fields).size < fields.length;
}

function inGivenGroup(index: number, steps: readonly GuideStep[]): boolean {
  for (let i = index; i >= 0; i--) {
    if (steps[i].keyword.trim() === 'Given') return true;
    if (!continuesGroup(steps[i])) return false;
  }
  return false;
}

/** And, But and * carry on the Given, When or Then before them. */
export function continuesGroup(step: GuideStep): boolean {
  return ['And', 'But', '*'].includes(step.keyword.trim());
}

/** The situation a setup step leaves the reader in, as an instruction-like line. */
export function situationOf(step: GuideStep): ScreenLabel {
  return { ja: '', en: `This starts when ${secondPerson(step.text)}.`, action: 'do' };
}

/** "she has locked her sp-mode password" → "you have locked your sp-mode password". */
export function secondPerson(text: string): string {
  return text
    .replace(/\b[A-Z][a-z]+'s\b/g, 'your')
    .replace(/\bshe has\b/gi, 'you have')
    .replace(/\bshe is\b/gi, 'you are')
    .replace(/\bshe was\b/gi, 'you were')
    .replace(/\bshe\b/gi, 'you')
    .replace(/\bher\b/gi, 'your')
    .replace(/\bherself\b/gi, 'yourself');
}
