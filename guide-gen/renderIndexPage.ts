import type { Guide } from './GuideModel';
import { codeBlock, escapeText, stripAnsi } from './escapeMdx';
import { formatUtc } from './formatUtc';
import { scenariosOf } from './renderFeaturePage';

/** The Guide section's own page: when the run was, and each feature with how much of it works. */
export function renderIndexPage(guide: Guide): string {
  const parts = ['---\ntitle: "Guide"\nsidebar_label: "Guide overview"\n---'];
  const when = guide.run.finishedAt ?? guide.run.startedAt;
  parts.push(
    when
      ? `Each page below walks through one thing you can do with your docomo credentials. The steps and ` +
          `screenshots come from the check that finished ${escapeText(formatUtc(when))}.`
      : 'Each page below walks through one thing you can do with your docomo credentials.',
  );
  if (guide.run.exception) {
    parts.push(
      [':::warning[The last check did not finish normally]', '', codeBlock(stripAnsi(guide.run.exception)), '', ':::'].join(
        '\n',
      ),
    );
  }
  if (guide.features.length === 0) {
    parts.push('*The last check covered no features yet.*');
    return `${parts.join('\n\n')}\n`;
  }
  const rows = guide.features.map((feature) => {
    const scenarios = scenariosOf(feature);
    const passed = scenarios.filter((scenario) => scenario.status === 'passed').length;
    const title = escapeText(feature.name.trim() || feature.slug);
    return `| [${title}](./${feature.slug}.mdx) | ${passed} of ${scenarios.length} |`;
  });
  parts.push(['| Page | Worked as shown |', '| --- | --- |', ...rows].join('\n'));
  return `${parts.join('\n\n')}\n`;
}
