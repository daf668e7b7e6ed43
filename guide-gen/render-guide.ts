import type { AttachedFile, Guide, GuideFeature, Screenshot, ShownAttachment } from './guide-model';
import { EVIDENCE_FOLDER, evidenceCategory, oneFolderDown } from './evidence-page';
import { buildGlossary } from './glossary';
import { howToImages, planHowTo } from './how-to/plan-how-to';
import { renderHowToPage } from './how-to/render-how-to-page';
import { qrCodePng } from './qr-code';
import { featureDescription } from './feature-description';
import { portalSettingsOf } from './portal-settings';
import { filesOf } from './render-attachment';
import { renderFeaturePage } from './render-feature-page';
import { renderGlossary } from './render-glossary';
import { renderRunPage, RUN_PAGE_PATH } from './render-run-page';
import { displayedSteps } from './render-scenario';
import { imagesShown } from './render-steps';
import { renderStartPage, type PortalCode } from './render-start-page';
import { screenshotFromBytes } from './screenshot-from-bytes';
import { shrinkPng } from './shrink-png';
import { walkthroughsOf } from './walkthroughs';

/** A file to write, with its path relative to the guide folder (`docs/guide/`). */
export interface GuideFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Every file of the guide folder: the start page (served at the site's root), one how-to page
 * per feature in reading order, the glossary, "About this run" when the run attached anything
 * outside the walkthroughs, and, in `evidence/`, every feature's full page with every walkthrough
 * (the start page's feature too); each distinct image once under `img/` and each attached file
 * once under `files/`.
 */
export function renderGuide(guide: Guide): GuideFile[] {
  const start = guide.features.find((feature) => feature.isStart);
  const others = guide.features.filter((feature) => feature !== start);
  const images = new Map<string, Screenshot>();
  const code = portalCode(guide, start);
  if (code) images.set(code.image.fileName, code.image);
  // For a walkthrough whose run.json did not carry the portal's settings: the first that did.
  const settings = portalSettingsOf(guide.features);
  const crops = new Map<string, Screenshot>();
  const plans = others.map((feature) => planHowTo(feature, settings, crops));
  // Settings filled in and links to feature files made page links (the start page's warnings name what it cannot do).
  const describe = (feature: GuideFeature) => featureDescription(feature, guide.features, settings).markdown;

  const files: GuideFile[] = [
    { path: `${start?.slug ?? 'start'}.mdx`, contents: renderStartPage(guide, start, code?.code) },
    ...others.map((feature, i) => ({ path: `${feature.slug}.mdx`, contents: renderHowToPage(feature, i + 2, plans[i], describe(feature)) })),
    { path: 'glossary.mdx', contents: renderGlossary(buildGlossary(guide), others.length + 2) },
  ];
  // After the glossary and the portal-changes page.
  const runPage = renderRunPage(guide.run, guide.features.length + 3);
  if (runPage) files.push({ path: RUN_PAGE_PATH, contents: runPage });
  // Every feature's full page, for testers, folded away last: after "About this run".
  files.push(
    ...guide.features.map((feature, i) => ({
      path: `${EVIDENCE_FOLDER}/${feature.slug}.mdx`,
      contents: oneFolderDown(renderFeaturePage(feature, i + 1, describe(feature))),
    })),
  );
  if (guide.features.length > 0) files.push({ path: `${EVIDENCE_FOLDER}/_category_.json`, contents: evidenceCategory(guide.features.length + 4) });
  for (const shot of plans.flatMap(howToImages)) images.set(shot.fileName, shot);

  const attached = [...guide.features.flatMap(attachmentsShownOn), ...(guide.run.attachments ?? []).map(({ attachment }) => attachment)];
  const { files: attachedFiles, images: attachedImages } = filesOf(attached);
  for (const feature of guide.features) for (const shot of imagesShownOn(feature)) images.set(shot.fileName, shot);
  for (const shot of attachedImages) images.set(shot.fileName, shot);
  const written = new Map<string, AttachedFile>(attachedFiles.map((file) => [file.fileName, file]));
  for (const file of written.values()) files.push({ path: `files/${file.fileName}`, contents: file.bytes });
  for (const shot of images.values()) {
    files.push({ path: `img/${shot.fileName}`, contents: shot.mediaType === 'image/png' ? shrinkPng(shot.bytes) : shot.bytes });
  }
  return files;
}

/** The portal's address from the run (the start page's own walkthroughs first), as a QR code. */
function portalCode(guide: Guide, start: GuideFeature | undefined): { code: PortalCode; image: Screenshot } | undefined {
  const features = start ? [start, ...guide.features] : guide.features;
  const origin = features.flatMap((feature) => walkthroughsOf(feature)).find(({ scenario }) => scenario.run?.origin)?.scenario.run?.origin;
  if (!origin) return undefined;
  const image = screenshotFromBytes(qrCodePng(origin), 'image/png');
  if (typeof image === 'string') return undefined;
  return { code: { fileName: image.fileName, origin, size: image.width ?? 0 }, image };
}

/** Every attachment a feature's page shows: at its steps, and around them. */
function attachmentsShownOn(feature: GuideFeature): ShownAttachment[] {
  return walkthroughsOf(feature).flatMap(({ scenario }) => [
    ...(scenario.hookAttachments?.before ?? []).map(({ attachment }) => attachment),
    ...scenario.steps.flatMap((step) => step.attachments ?? []),
    ...(scenario.hookAttachments?.after ?? []).map(({ attachment }) => attachment),
  ]);
}

/** Only what a page shows is written: a step.png hidden behind the next tap is left out. */
function imagesShownOn(feature: GuideFeature): Screenshot[] {
  const backgrounds = [feature.background, ...feature.children.map((child) => ('rule' in child ? child.rule.background : undefined))];
  return [
    ...backgrounds.flatMap((background) => (background ? imagesShown(background.steps) : [])),
    ...walkthroughsOf(feature).flatMap(({ scenario }) => [
      ...scenario.hookScreens.before,
      ...imagesShown(displayedSteps(scenario)),
      ...scenario.hookScreens.after,
    ]),
  ];
}
