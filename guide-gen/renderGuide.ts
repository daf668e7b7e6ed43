import type { Guide, Screenshot } from './GuideModel';
import { renderFeaturePage } from './renderFeaturePage';
import { renderIndexPage } from './renderIndexPage';

/** A file of the generated guide, relative to the guide folder (`docs/guide/`). */
export interface GuideFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Every file of the guide folder: an overview page, the sidebar category, one MDX page per
 * feature and each distinct screenshot once under `img/`.
 */
export function renderGuide(guide: Guide): GuideFile[] {
  const category = { label: 'Guide', position: 2, collapsible: true, collapsed: false };
  const files: GuideFile[] = [
    { path: '_category_.json', contents: `${JSON.stringify(category, null, 2)}\n` },
    { path: 'index.mdx', contents: renderIndexPage(guide) },
  ];
  const images = new Map<string, Screenshot>();
  guide.features.forEach((feature, i) => {
    files.push({ path: `${feature.slug}.mdx`, contents: renderFeaturePage(feature, i + 1) });
    const steps = [
      ...(feature.background?.steps ?? []),
      ...feature.children.flatMap((child) =>
        'scenario' in child
          ? child.scenario.steps
          : [...(child.rule.background?.steps ?? []), ...child.rule.scenarios.flatMap((s) => s.steps)],
      ),
    ];
    for (const step of steps) for (const shot of step.screenshots) images.set(shot.fileName, shot);
  });
  for (const shot of images.values()) files.push({ path: `img/${shot.fileName}`, contents: shot.bytes });
  return files;
}
