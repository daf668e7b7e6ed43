import type { GuideStatus, Screenshot, StepArgument } from './GuideModel';
import { codeBlock, escapeText, jsString, stripAnsi } from './escapeMdx';

/** What a numbered instruction needs; Background steps have no status of their own. */
export interface RenderableStep {
  keyword: string;
  text: string;
  argument?: StepArgument;
  screenshots: Screenshot[];
  status?: GuideStatus;
  message?: string;
}

export const STATUS_LABELS: Record<GuideStatus, string> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'pending',
  undefined: 'undefined',
  ambiguous: 'ambiguous',
  skipped: 'skipped',
  'not-run': 'not run',
};

/** The path a page in the guide folder uses to reach a screenshot. */
export function imagePath(screenshot: Screenshot): string {
  return `./img/${screenshot.fileName}`;
}

/** The steps as a Markdown numbered list, each with its screenshots and any failure below it. */
export function renderSteps(steps: readonly RenderableStep[]): string {
  return steps.map((step, i) => renderStep(i + 1, step)).join('\n\n');
}

function renderStep(number: number, step: RenderableStep): string {
  const marker = `${number}. `;
  const keyword = step.keyword === '*' ? '' : `**${escapeText(step.keyword)}** `;
  const flag = step.status && step.status !== 'passed' ? ` *(${STATUS_LABELS[step.status]})*` : '';
  const blocks = [`${keyword}${escapeText(step.text)}${flag}`];
  if (step.argument) blocks.push(renderArgument(step.argument));
  const alt = `${step.keyword === '*' ? '' : `${step.keyword} `}${step.text}`;
  for (const screenshot of step.screenshots) blocks.push(renderScreenshot(screenshot, alt));
  if (step.message) blocks.push(renderFailure(step.message));
  // Continuation lines of a list item are indented to the item's text, or they leave the list.
  return marker + indent(blocks.join('\n\n'), marker.length).trimStart();
}

export function renderScreenshot(screenshot: Screenshot, alt: string): string {
  const size =
    screenshot.width && screenshot.height ? ` width={${screenshot.width}} height={${screenshot.height}}` : '';
  return `<StepScreenshot src={require(${jsString(imagePath(screenshot))}).default} alt={${jsString(alt)}}${size} />`;
}

/** A failure message, plain, folded away so the instructions stay readable. */
export function renderFailure(message: string, summary = 'What went wrong'): string {
  return ['<details>', `<summary>${escapeText(summary)}</summary>`, '', codeBlock(stripAnsi(message)), '', '</details>'].join(
    '\n',
  );
}

function renderArgument(argument: StepArgument): string {
  if (argument.kind === 'docString') return codeBlock(argument.content, argument.mediaType);
  const [header, ...body] = argument.rows;
  if (!header) return '';
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => escapeText(cell) || ' ').join(' | ')} |`;
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(row)].join('\n');
}

function indent(text: string, width: number): string {
  const pad = ' '.repeat(width);
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n');
}
