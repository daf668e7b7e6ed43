import type { GuideStatus, ScreenLabel, Screenshot, StepArgument, StepEvidence } from './guide-model';
import { stepAnchor } from './anchors';
import { codeBlock, escapeText, jsString, stripAnsi } from './escape-mdx';
import { termAnchor } from './glossary';
import { plainFailure } from './plain-failure';
import { renderAttachment } from './render-attachment';

/** What a numbered instruction needs; Background steps have no status of their own. */
export interface RenderableStep extends StepEvidence {
  keyword: string;
  text: string;
  argument?: StepArgument;
  status?: GuideStatus;
  message?: string;
}

/** As the site's status badges say them. */
export const STATUS_LABELS: Record<GuideStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  pending: 'Pending',
  undefined: 'Undefined',
  ambiguous: 'Ambiguous',
  skipped: 'Skipped',
  'not-run': 'Not verified',
};

const VERBS: Record<Exclude<ScreenLabel['action'], 'do'>, string> = { tap: 'Tap', fill: 'Fill in', see: 'Find' };

/** The path a page in the guide folder uses to reach an image. */
export function imagePath(screenshot: Screenshot): string {
  return `./img/${screenshot.fileName}`;
}

/**
 * The steps as a numbered list, each with its id (`${anchor}--step-N`), the Japanese labels to
 * find with their meanings, the screenshots that show where to tap, and any problem below it.
 * `status` is the walkthrough's, for a list that ran; Background lists have none.
 */
export function renderSteps(
  steps: readonly RenderableStep[],
  anchor: string,
  status?: GuideStatus,
  shownEarlier: ReadonlyMap<string, string> = new Map(),
): string {
  const open = status ? `<Steps status=${jsString(status)}>` : '<Steps>';
  const sentences = stepSentences(steps);
  const items = steps.map((step, i) => {
    const id = stepAnchor(anchor, i + 1);
    const shownAt = shownEarlier.get(id);
    return shownAt ? renderStepShownEarlier(step, sentences[i], id, shownAt) : renderStep(step, sentences[i], id, i === steps.length - 1);
  });
  return [open, ...items, '</Steps>'].join('\n');
}

/** A step shown in full earlier on the page (steps-shown-earlier.ts): its sentence and a link there. */
function renderStepShownEarlier(step: RenderableStep, sentence: string, id: string, shownAt: string): string {
  const attributes = [...stepAttributes(step, id), `shownAt=${jsString(shownAt)}`];
  // Its pictures are the same as above, but what it attached (a log) is this walkthrough's own.
  const blocks = [`${escapeText(sentence)} ([shown step by step above](#${shownAt}))`, ...attachmentsOf(step)];
  return [`<Step ${attributes.join(' ')}>`, '', ...blocks.flatMap((block) => [block, '']), '</Step>'].join('\n');
}

/**
 * The steps as a reader's sentences rather than Gherkin: no Given/When/Then, the first letter a
 * capital, and what the step checks (a Then, and the And/But after it) as "Check that …", so the
 * reader can tell what to do from what to look for.
 */
export function stepSentences(steps: readonly Pick<RenderableStep, 'keyword' | 'text'>[]): string[] {
  let checking = false;
  return steps.map(({ keyword, text }) => {
    if (keyword === 'Then') checking = true;
    else if (keyword === 'Given' || keyword === 'When') checking = false;
    return checking ? `Check that ${text}` : capitalized(text);
  });
}

function capitalized(text: string): string {
  return text.replace(/^[a-z]/, (first) => first.toUpperCase());
}

/** Every image a list of steps shows, in order (what the guide folder must hold for it). */
export function imagesShown(steps: readonly RenderableStep[]): Screenshot[] {
  return steps.flatMap((step, i) => shotsToShow(step, i === steps.length - 1).map(({ shot }) => shot));
}

/** The <Step> props every step has: its id, and its status when the list ran. */
function stepAttributes(step: RenderableStep, id: string): string[] {
  return [`id=${jsString(id)}`, ...(step.status ? [`status=${jsString(step.status)}`] : [])];
}

function renderStep(step: RenderableStep, sentence: string, id: string, isLast: boolean): string {
  const attributes = stepAttributes(step, id);
  const blocks = [escapeText(sentence)];
  if (step.argument) blocks.push(renderArgument(step.argument));
  // A failed step's labels may be what it did not find: only a passed step's are shown as there.
  const trusted = step.status === undefined || step.status === 'passed';
  const labels = trusted ? instructions(step.labels) : [];
  if (labels.length > 0) blocks.push(labels.map((label) => `- ${renderLabel(label)}`).join('\n'));
  blocks.push(...shotsToShow(step, isLast).map(({ shot, kind, label }) => renderScreenshot(shot, kind, sentence, label)));
  blocks.push(...attachmentsOf(step));
  if (step.status && step.status !== 'passed' && step.status !== 'not-run') {
    const details = step.message ? ` details={${jsString(stripAnsi(step.message))}}` : '';
    const summary = plainFailure(step.status, step.message, step.labels);
    blocks.push(`<StepProblem status=${jsString(step.status)} summary={${jsString(summary)}}${details} />`);
  }
  return [`<Step ${attributes.join(' ')}>`, '', ...blocks.flatMap((block) => [block, '']), '</Step>'].join('\n');
}

function attachmentsOf(step: RenderableStep): string[] {
  return (step.attachments ?? []).map((attachment) => renderAttachment(attachment));
}

/**
 * The labels as instructions, in the order she acts: a tap or fill repeated back to back is said
 * once, but one that comes again after another action is a new instruction (ログイン opens the
 * login page, then, after the fields, ログイン sends it). "Find X" is said once, and not at all
 * where the step also taps or fills X.
 */
export function instructions(labels: readonly ScreenLabel[]): ScreenLabel[] {
  const acted = new Set(labels.filter((label) => label.action === 'tap' || label.action === 'fill').map((label) => label.ja));
  const found = new Set<string>();
  let lastAction: string | undefined;
  return labels.filter((label) => {
    if (label.action === 'see') {
      if (found.has(label.ja) || acted.has(label.ja)) return false;
      found.add(label.ja);
      return true;
    }
    // A `do` has no Japanese label: its instruction is what tells two apart.
    const key = label.action === 'do' ? `do ${label.en}` : `${label.action} ${label.ja}`;
    if (key === lastAction) return false;
    lastAction = key;
    return true;
  });
}

/**
 * "Tap 「お客様サポート」 (Customer Support)", the Japanese linked to its glossary entry; an
 * instruction with no label on screen (`do`) as it is written.
 */
export function renderLabel(label: ScreenLabel): string {
  if (label.action === 'do') return escapeText(label.en.trim());
  const ja = `<span lang="ja">「${escapeText(label.ja)}」</span>`;
  const meaning = label.en.trim() ? ` (${escapeText(label.en.trim())})` : '';
  return `${VERBS[label.action]} [${ja}](./glossary.mdx#${termAnchor(label.ja)})${meaning}`;
}

type ShotKind = 'tap' | 'screen' | 'failure' | 'hook';

/**
 * The pictures a step shows: the marked screen before each tap when it tapped (it says where
 * to tap, and the screen after is the next step's starting point), else the screen after it.
 * The last step and a step that went wrong also show how they ended.
 */
export function shotsToShow(step: RenderableStep, isLast: boolean): Array<{ shot: Screenshot; kind: ShotKind; label?: ScreenLabel }> {
  const tapLabels = step.labels.filter((label) => label.action === 'tap');
  const taps = step.taps.map((shot, i) => ({ shot, kind: 'tap' as const, ...(tapLabels[i] ? { label: tapLabels[i] } : {}) }));
  const wentWrong = step.status !== undefined && !['passed', 'not-run', 'skipped'].includes(step.status);
  const endKind: ShotKind = step.status === 'failed' ? 'failure' : 'screen';
  const ends = taps.length === 0 || isLast || wentWrong ? step.screens.map((shot) => ({ shot, kind: endKind })) : [];
  return [...taps, ...ends];
}

/** A screenshot's width and height in pixels, so the page keeps its place before it loads; its CSS sets the shown size. */
export function sizeProps(shot: Screenshot): string {
  return shot.width && shot.height ? ` width={${shot.width}} height={${shot.height}}` : '';
}

export function renderScreenshot(shot: Screenshot, kind: ShotKind, stepText: string, label?: ScreenLabel): string {
  const named = label ? `「${label.ja}」 (${label.en})` : 'the control';
  const [alt, caption] =
    kind === 'tap'
      ? [`The phone's screen before the tap, with ${named} outlined in orange`, `Tap ${named}, outlined in orange.`]
      : kind === 'failure'
        ? [`The phone's screen when this step failed: ${stepText}`, 'The screen when this step failed.']
        : kind === 'hook'
          ? [`The phone's screen ${stepText}`, `The screen ${stepText}.`]
          : [`The phone's screen after the step: ${stepText}`, undefined];
  const captionProp = caption ? ` caption={${jsString(caption)}}` : '';
  return `<StepScreenshot src={require(${jsString(imagePath(shot))}).default} alt={${jsString(alt)}}${sizeProps(shot)}${captionProp} kind=${jsString(kind === 'hook' ? 'screen' : kind)} />`;
}

function renderArgument(argument: StepArgument): string {
  if (argument.kind === 'docString') return codeBlock(argument.content, argument.mediaType);
  const [header, ...body] = argument.rows;
  if (!header) return '';
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => escapeText(cell) || ' ').join(' | ')} |`;
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(row)].join('\n');
}
