import { escapeText, jsString } from '../escape-mdx';
import type { PortalSaid, ScreenLabel, Screenshot } from '../guide-model';
import { imagePath, sizeProps } from '../render-steps';
import type { HowToStep } from './how-to-steps';

/** Marks the persona's values in escaped text as examples (examples.ts). */
export type MarkExamples = (mdx: string) => string;

/** 「お客様サポート」, marked as Japanese for screen readers and fonts. */
function japanese(label: ScreenLabel): string {
  return `<span lang="ja">「${escapeText(label.ja)}」</span>`;
}

function withMeaning(label: ScreenLabel): string {
  const en = label.en.trim();
  return `${japanese(label)}${en ? ` (${escapeText(en)})` : ''}`;
}

/** "Network PIN" as it reads mid-sentence ("network PIN"); "PIN", "Wi-Fi" or "docomo ID" stay as they are. */
function midSentence(text: string): string {
  return /^[A-Z][a-z]+(?=\s|$)/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** What the reader does at one numbered step, in the second person. */
export function instructionText(step: HowToStep): string {
  const { action } = step;
  if (!action) {
    const seen = step.seen ?? [];
    if (seen.length === 0) return 'You should now see this screen.';
    const listed = seen.map(withMeaning);
    const list = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
    return `You should now see ${list}.`;
  }
  if (action.action === 'do') return escapeText(action.en.trim());
  if (action.action === 'tap') return `Tap ${withMeaning(action)}.`;
  const what = action.en.trim();
  return what ? `Enter your ${escapeText(midSentence(what))} in ${japanese(action)}.` : `Fill in ${japanese(action)}.`;
}

function altText(step: HowToStep): string {
  const { action } = step;
  const named = (label: ScreenLabel) => `「${label.ja}」${label.en.trim() ? ` (${label.en.trim()})` : ''}`;
  if (action?.action === 'tap') return `The phone's screen, with ${named(action)} outlined in orange`;
  if (action) return `The phone's screen after this step: ${action.en.trim() || named(action)}`;
  return 'The phone’s screen once you are done';
}

/**
 * A screenshot on a how-to page: no caption, since the step above it says what to do. A crop
 * links to the whole screen it was cut from.
 */
export function renderShot(shot: Screenshot, alt: string, kind: 'tap' | 'screen'): string {
  const whole = shot.whole ? ` whole={require(${jsString(imagePath(shot.whole))}).default}` : '';
  return `<StepScreenshot src={require(${jsString(imagePath(shot))}).default} alt={${jsString(alt)}}${sizeProps(shot)}${whole} kind=${jsString(kind)} />`;
}

/**
 * What the portal says on a screen, in English under the Japanese, sentence by sentence; a
 * sentence a label above already translates (`shown`) is not repeated.
 */
export function renderSaid(said: readonly PortalSaid[], shown: readonly ScreenLabel[] = []): string {
  const left = said.filter(({ ja }) => !shown.some((label) => label.ja && ja.includes(label.ja)));
  if (left.length === 0) return '';
  const lines = left.map(
    ({ ja, en }) => `- <span lang="ja">「${escapeText(ja)}」</span>: ${en.trim() ? escapeText(en.trim()) : '*the guide has no English for this message yet.*'}`,
  );
  return ['The portal says:', '', ...lines].join('\n');
}

/** The numbered steps, a warning just before the step it concerns, its picture under it. */
export function renderHowToSteps(steps: readonly HowToStep[], mark: MarkExamples): string {
  const items = steps.map((step) => {
    const blocks = [
      ...step.warnings.map((warning) => `<HowToWarning>${mark(escapeText(warning))}</HowToWarning>`),
      mark(instructionText(step)),
      ...(step.shot ? [renderShot(step.shot, altText(step), step.action?.action === 'tap' ? 'tap' : 'screen')] : []),
      ...(step.said ? [mark(renderSaid(step.said, step.seen))].filter(Boolean) : []),
    ];
    return [step.action ? '<HowToStep>' : '<HowToStep last>', '', ...blocks.flatMap((block) => [block, '']), '</HowToStep>'].join('\n');
  });
  return ['<HowToSteps>', ...items, '</HowToSteps>'].join('\n');
}
