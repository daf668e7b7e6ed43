import type { FlowDrift, StepChange } from './compare-flows';

/** A changed step's pictures, as files beside the report's index.html. */
export type DriftImages = Partial<Record<'before' | 'after' | 'diff', string>>;

export const imageKinds = ['before', 'after', 'diff'] as const;

export interface ReportedFlow {
  drift: FlowDrift;
  changes: Array<{ change: StepChange; images: DriftImages }>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

const figure = (images: DriftImages, kind: (typeof imageKinds)[number], step: number) => {
  const file = images[kind];
  if (!file) return '<figure class="none">—</figure>';
  return `<figure><img src="${escapeHtml(file)}" alt="${kind} step ${step}" loading="lazy"><figcaption>${kind}</figcaption></figure>`;
};

function stepHtml({ change, images }: ReportedFlow['changes'][number]): string {
  const aria = change.aria.length ? `<pre>${escapeHtml(change.aria.join('\n'))}</pre>` : '';
  const pixels = change.pixels !== undefined ? `<p>${change.pixels} pixels differ (${percent(change.ratio ?? 0)})</p>` : '';
  const was = change.was ? `<p>Was: ${escapeHtml(change.was)}</p>` : '';
  const missing = (change.missing ?? []).map((reason) => `<p class="missing">Not compared: ${escapeHtml(reason)}</p>`).join('');
  return `<h3>Step ${change.step}: ${escapeHtml(change.text)}</h3>${was}${missing}${pixels}${aria}
<div class="images">${imageKinds.map((kind) => figure(images, kind, change.step)).join('')}</div>`;
}

function flowHtml({ drift, changes }: ReportedFlow): string {
  const error = drift.error ? `<pre class="error">${escapeHtml(drift.error)}</pre>` : '';
  const verdict = drift.step ? `${drift.verdict} at step ${drift.step}` : drift.verdict;
  return `<section class="${drift.verdict}"><h2>${escapeHtml(drift.feature)} › ${escapeHtml(drift.scenario)}</h2>
<p class="verdict">${escapeHtml(verdict)}</p>${error}${changes.map(stepHtml).join('\n')}</section>`;
}

/**
 * The report's index.html. A notice (a run that did not finish) is said both above and below
 * the flows, so that no reader of a long report misses it.
 */
export function driftHtml(flows: readonly ReportedFlow[], summary: { title: string; notice?: string }): string {
  const notice = summary.notice ? `<p class="notice">${escapeHtml(summary.notice)}</p>` : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portal drift report</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:75rem}section{border-top:1px solid #ccc;padding:.5rem 0}
.verdict{font-weight:bold}.changed .verdict{color:#a15c00}.broken .verdict,.gone .verdict{color:#b00020}.unchanged .verdict{color:#1b5e20}
.notice{font-weight:bold;color:#b00020;border:2px solid #b00020;padding:.5rem}.missing{color:#a15c00}
.images{display:flex;gap:.5rem;flex-wrap:wrap}figure{margin:0}img{max-width:240px;border:1px solid #999}pre{background:#f4f4f4;padding:.5rem;overflow:auto}</style>
<h1>Portal drift report</h1>
${notice}
<p>${escapeHtml(summary.title)}</p>
${flows.map(flowHtml).join('\n')}
${notice}
</html>
`;
}
