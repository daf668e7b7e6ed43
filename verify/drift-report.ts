import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowDrift, StepChange } from './compare-flows';

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
  for (const line of change.aria.slice(0, 12)) parts.push(`      ${line}`);
  if (change.aria.length > 12) parts.push(`      … ${change.aria.length - 12} more lines`);
  if (change.pixels !== undefined) parts.push(`      ${change.pixels} pixels differ (${percent(change.ratio ?? 0)})`);
  return parts.join('\n');
}

const firstLine = (text = '') => text.split('\n').find((line) => line.trim()) ?? '';
const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

export function driftCounts(drifts: readonly FlowDrift[]): Record<FlowDrift['verdict'], number> {
  const counts = { unchanged: 0, changed: 0, broken: 0, new: 0, gone: 0 };
  for (const drift of drifts) counts[drift.verdict]++;
  return counts;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A changed step's pictures, as files beside the report's index.html. */
export type DriftImages = Partial<Record<'before' | 'after' | 'diff', string>>;

const imageKinds = ['before', 'after', 'diff'] as const;

/**
 * Writes the drift report: index.html with before / after / difference images side by side for
 * every changed or broken step, the images beside it, and drift.json (with the images' paths) for
 * the guide's "Has the portal changed?" page.
 */
export function writeDriftReport(dir: string, drifts: readonly FlowDrift[], ranAt: Date = new Date()): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'img'), { recursive: true });
  const imagesOf = (drift: FlowDrift, change: StepChange): DriftImages => {
    const images: DriftImages = {};
    for (const kind of imageKinds) {
      const bytes = change[kind];
      if (!bytes) continue;
      images[kind] = `img/${drift.id.replace(/\//g, '__')}-${change.step}-${kind}.png`;
      writeFileSync(join(dir, images[kind]), bytes);
    }
    return images;
  };
  const flows = drifts.map((drift) => ({
    drift,
    changes: drift.changes.map((change) => ({ change, images: imagesOf(drift, change) })),
  }));
  const figure = (images: DriftImages, kind: (typeof imageKinds)[number], step: number) => {
    const file = images[kind];
    if (!file) return '<figure class="none">—</figure>';
    return `<figure><img src="${escapeHtml(file)}" alt="${kind} step ${step}" loading="lazy"><figcaption>${kind}</figcaption></figure>`;
  };
  const sections = flows.map(({ drift, changes }) => {
    const steps = changes
      .map(({ change, images }) => {
        const aria = change.aria.length ? `<pre>${escapeHtml(change.aria.join('\n'))}</pre>` : '';
        const pixels = change.pixels !== undefined ? `<p>${change.pixels} pixels differ (${percent(change.ratio ?? 0)})</p>` : '';
        const was = change.was ? `<p>Was: ${escapeHtml(change.was)}</p>` : '';
        return `<h3>Step ${change.step}: ${escapeHtml(change.text)}</h3>${was}${pixels}${aria}
<div class="images">${imageKinds.map((kind) => figure(images, kind, change.step)).join('')}</div>`;
      })
      .join('\n');
    const error = drift.error ? `<pre class="error">${escapeHtml(drift.error)}</pre>` : '';
    const verdict = drift.step ? `${drift.verdict} at step ${drift.step}` : drift.verdict;
    return `<section class="${drift.verdict}"><h2>${escapeHtml(drift.feature)} › ${escapeHtml(drift.scenario)}</h2>
<p class="verdict">${escapeHtml(verdict)}</p>${error}${steps}</section>`;
  });
  const counts = driftCounts(drifts);
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portal drift report</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:75rem}section{border-top:1px solid #ccc;padding:.5rem 0}
.verdict{font-weight:bold}.changed .verdict{color:#a15c00}.broken .verdict,.gone .verdict{color:#b00020}.unchanged .verdict{color:#1b5e20}
.images{display:flex;gap:.5rem;flex-wrap:wrap}figure{margin:0}img{max-width:240px;border:1px solid #999}pre{background:#f4f4f4;padding:.5rem;overflow:auto}</style>
<h1>Portal drift report</h1>
<p>Run of ${escapeHtml(ranAt.toISOString())}: ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.broken} broken, ${counts.new} new, ${counts.gone} gone.</p>
${sections.join('\n')}
</html>
`;
  writeFileSync(join(dir, 'index.html'), html);
  const summary = flows.map(({ drift: { id, feature, scenario, verdict, step, error }, changes }) => ({
    id, feature, scenario, verdict, step, error,
    changes: changes.map(({ change: { step: n, text, was, aria, pixels, ratio }, images }) => ({ step: n, text, was, aria, pixels, ratio, images })),
  }));
  writeFileSync(join(dir, 'drift.json'), `${JSON.stringify({ ranAt: ranAt.toISOString(), counts, flows: summary }, null, 2)}\n`);
  return join(dir, 'index.html');
}
