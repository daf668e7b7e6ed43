import type { Screenshot } from './guide-model';
import { codeBlock, escapeText, jsString } from './escape-mdx';
import { formatUtc } from './format-utc';
import { frontMatter } from './render-feature-page';
import type { GuideFile } from './render-guide';
import { imagePath, sizeProps } from './render-steps';
import { screenshotFromBytes } from './screenshot-from-bytes';

type ImageKind = 'before' | 'after' | 'diff';

/** The part of `npm run verify`'s reports/drift/drift.json that the guide shows. */
export interface DriftSummary {
  ranAt: string;
  /**
   * The run verify compared: `sha256` is messagesDigest (run-identity.ts) of its message stream's
   * bytes, so the guide shows the report only beside the run it describes.
   */
  run: { sha256: string; finished: boolean };
  counts: Record<string, number>;
  flows: Array<{
    feature: string;
    scenario: string;
    verdict: 'unchanged' | 'changed' | 'broken' | 'new' | 'gone';
    step?: number;
    error?: string;
    changes: Array<{ step: number; text: string; was?: string; aria: string[]; pixels?: number; images?: Partial<Record<ImageKind, string>> }>;
  }>;
}

const captions: Record<ImageKind, string> = {
  before: 'Before: the screen the guide was checked against.',
  after: 'After: the screen the portal shows now.',
  diff: 'The difference: changed pixels in red.',
};

/**
 * The guide's "Has the portal changed?" page and its pictures, from the last `npm run verify`.
 * `load` reads an image the drift report names (a path relative to drift.json); one it cannot
 * read, or that is not a PNG, is left out with a warning.
 */
export function driftPage(drift: DriftSummary, position: number, load: (path: string) => Uint8Array | undefined): { files: GuideFile[]; warnings: string[] } {
  const warnings: string[] = [];
  const images = new Map<string, Screenshot>();
  const shotOf = (path: string | undefined): Screenshot | undefined => {
    if (!path) return undefined;
    const bytes = load(path);
    const shot = bytes ? screenshotFromBytes(bytes, 'image/png') : 'the file is missing';
    if (typeof shot === 'string') {
      warnings.push(`(drift report image ${path}: ${shot}; left out of the portal-changes page)`);
      return undefined;
    }
    images.set(shot.fileName, shot);
    return shot;
  };
  const page = renderDriftPage(drift, position, shotOf);
  const files: GuideFile[] = [{ path: 'portal-changes.mdx', contents: page }];
  for (const shot of images.values()) files.push({ path: imagePath(shot).slice(2), contents: shot.bytes });
  return { files, warnings };
}

/**
 * "Has the portal changed?": the last comparison of the portal with the accepted baseline, flows
 * that changed or broke first, so a reader knows which pages of the guide to distrust. Each
 * changed step shows before, after and difference side by side.
 */
export function renderDriftPage(drift: DriftSummary, position: number, shotOf: (path: string | undefined) => Screenshot | undefined = () => undefined): string {
  const moved = drift.flows.filter((flow) => flow.verdict !== 'unchanged');
  const parts = [
    frontMatter({ title: 'Has the portal changed?', sidebar_position: position }),
    "import StepScreenshot from '@site/src/components/StepScreenshot';",
    `The last comparison of the portal with the screens this guide was checked against ran at ${escapeText(formatUtc(drift.ranAt))}: ` +
      `${drift.counts.unchanged ?? 0} walkthroughs unchanged, ${drift.counts.changed ?? 0} changed, ${drift.counts.broken ?? 0} broken, ` +
      `${drift.counts.new ?? 0} new, ${drift.counts.gone ?? 0} no longer run.`,
  ];
  if (moved.length === 0) parts.push('Every walkthrough looked exactly as the guide shows it.');
  for (const flow of moved) {
    const where = flow.step ? ` at step ${flow.step}` : '';
    parts.push(`## ${escapeText(flow.feature)}: ${escapeText(flow.scenario)}`, `**${flow.verdict}${where}.**`);
    if (flow.error) parts.push(codeBlock(flow.error));
    for (const change of flow.changes) {
      const lines = [`- Step ${change.step}: ${escapeText(change.text)}`];
      if (change.was) lines.push(`  (was: ${escapeText(change.was)})`);
      if (change.pixels !== undefined) lines.push(`  ${change.pixels} pixels of the screen differ.`);
      parts.push(lines.join('\n'));
      if (change.aria.length > 0) parts.push(codeBlock(change.aria.join('\n'), 'diff'));
      const figures = (['before', 'after', 'diff'] as const).flatMap((kind) => {
        const shot = shotOf(change.images?.[kind]);
        if (!shot) return [];
        const alt = `${kind === 'diff' ? 'The difference' : kind === 'before' ? 'The screen before' : 'The screen now'} at step ${change.step}: ${change.text}`;
        return [
          `<StepScreenshot src={require(${jsString(imagePath(shot))}).default} alt={${jsString(alt)}}${sizeProps(shot)} caption={${jsString(captions[kind])}} />`,
        ];
      });
      if (figures.length > 0) parts.push(`<div className="drift-images">\n${figures.join('\n')}\n</div>`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
