import type { GuideRun } from './guide-model';
import { renderPlacedAttachments } from './render-attachment';
import { frontMatter } from './render-feature-page';

/**
 * The page's file name. Feature pages are named by slugs, which never hold `_`, so no feature
 * file can take this name.
 */
export const RUN_PAGE_PATH = 'about_this_run.mdx';
const RUN_PAGE_TITLE = 'About this run';

/**
 * "About this run": what the run attached outside any walkthrough (its BeforeAll and AfterAll
 * hooks), in the order it attached them. Only written when there is something to show.
 */
export function renderRunPage(run: GuideRun, position: number): string | undefined {
  const attachments = run.attachments ?? [];
  if (attachments.length === 0) return undefined;
  const parts = [
    frontMatter({ title: RUN_PAGE_TITLE, sidebar_label: RUN_PAGE_TITLE, sidebar_position: position }),
    'What the last check recorded outside the walkthroughs: once before all of them, and once after.',
    ...renderPlacedAttachments(attachments),
  ];
  return `${parts.join('\n\n')}\n`;
}
