import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowDrift, StepChange } from './compare-flows';
import { driftHtml, imageKinds, percent, type DriftImages, type ReportedFlow } from './drift-html';
import { replaceFolder } from '../guide-gen/replace-folder';

/** One line per flow, for the terminal: "unchanged", "changed at step N …", "broken at step N …". */
export function driftLines(drifts: readonly FlowDrift[]): string[] {
  return drifts.map((drift) => {
    const name = `${drift.feature} › ${drift.scenario}`;
    switch (drift.verdict) {
      case 'unchanged':
        return `unchanged          ${name}`;
      case 'new':
        return `new (no baseline)  ${name}`;
      case 'gone':
        return `gone (not run)     ${name}`;
      case 'broken':
        return `broken at step ${drift.step}   ${name}\n    ${firstLine(drift.error)}`;
      case 'changed':
        return `changed at step ${drift.step}  ${name}\n${drift.changes.map(describeChange).join('\n')}`;
    }
  });
}

function describeChange(change: StepChange): string {
  const parts = [`    step ${change.step}: ${change.text}`];
  if (change.was) parts.push(`      was: ${change.was}`);
  for (const reason of change.missing ?? []) parts.push(`      ${reason}`);
  for (const line of change.aria.slice(0, 12)) parts.push(`      ${line}`);
  if (change.aria.length > 12) parts.push(`      … ${change.aria.length - 12} more lines`);
  if (change.pixels !== undefined) parts.push(`      ${change.pixels} pixels differ (${percent(change.ratio ?? 0)})`);
  return parts.join('\n');
}

const firstLine = (text = '') => text.split('\n').find((line) => line.trim()) ?? '';

export function driftCounts(drifts: readonly FlowDrift[]): Record<FlowDrift['verdict'], number> {
  const counts = { unchanged: 0, changed: 0, broken: 0, new: 0, gone: 0 };
  for (const drift of drifts) counts[drift.verdict]++;
  return counts;
}

/** What verify, its report and drift.json say of a run that was killed or crashed before its end. */
export function unfinishedNotice(compared: number): string {
  return `this run did not finish: ${compared} flow${compared === 1 ? '' : 's'} compared, the rest were never run`;
}

/** The run a report describes: the guide publishes the report only beside the stream of that digest. */
export interface ReportedRun {
  /** messagesDigest (guide-gen/run-identity.ts) of the stream's bytes. */
  sha256: string;
  finished: boolean;
}

/**
 * Writes the drift report: index.html with before / after / difference images side by side for
 * every changed or broken step, the images beside it, and drift.json (with the images' paths and
 * the run it describes) for the guide's "Has the portal changed?" page. It is written beside the
 * last report and swapped in once complete, so a failure half way keeps the last report whole.
 */
export function writeDriftReport(dir: string, drifts: readonly FlowDrift[], options: { run: ReportedRun; ranAt?: Date }): string {
  const { run, ranAt = new Date() } = options;
  const counts = driftCounts(drifts);
  const notice = run.finished ? undefined : unfinishedNotice(drifts.length - counts.gone);
  replaceFolder(dir, (temporary) => {
    mkdirSync(join(temporary, 'img'), { recursive: true });
    const flows: ReportedFlow[] = drifts.map((drift) => ({
      drift,
      changes: drift.changes.map((change) => ({ change, images: writeImages(temporary, drift, change) })),
    }));
    const title =
      `Run of ${ranAt.toISOString()} (message stream sha256 ${run.sha256}): ` +
      `${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.broken} broken, ${counts.new} new, ${counts.gone} gone.`;
    writeFileSync(join(temporary, 'index.html'), driftHtml(flows, { title, notice }));
    const summary = flows.map(({ drift: { id, feature, scenario, verdict, step, error }, changes }) => ({
      id,
      feature,
      scenario,
      verdict,
      step,
      error,
      changes: changes.map(({ change: { step: n, text, was, aria, missing, pixels, ratio }, images }) => ({
        step: n,
        text,
        was,
        aria,
        missing,
        pixels,
        ratio,
        images,
      })),
    }));
    const json = { run: { sha256: run.sha256, finished: run.finished }, ...(notice ? { notice } : {}), ranAt: ranAt.toISOString(), counts, flows: summary };
    writeFileSync(join(temporary, 'drift.json'), `${JSON.stringify(json, null, 2)}\n`);
  });
  return join(dir, 'index.html');
}

function writeImages(dir: string, drift: FlowDrift, change: StepChange): DriftImages {
  const images: DriftImages = {};
  for (const kind of imageKinds) {
    const bytes = change[kind];
    if (!bytes) continue;
    images[kind] = `img/${drift.id.replace(/\//g, '__')}-${change.step}-${kind}.png`;
    writeFileSync(join(dir, images[kind]), bytes);
  }
  return images;
}
