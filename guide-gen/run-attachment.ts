import { HookType, type Attachment, type Hook } from '@cucumber/messages';
import type { ShownAttachment } from './guide-model';
import type { RunIndex } from './index-run';
import { readAttachment, type LoadExternal } from './read-attachment';

/** An attachment message with the line of the stream it is on. */
export interface LocatedAttachment {
  attachment: Partial<Attachment>;
  line: number;
}

/** An attachment of the run itself (a BeforeAll or AfterAll hook): shown on "About this run". */
export function addRunAttachment(
  index: Pick<RunIndex, 'run' | 'warnings'>,
  runHooks: Pick<ReadonlyMap<string, string>, 'get'>,
  { attachment, line }: LocatedAttachment,
  loadExternal: LoadExternal | undefined,
): void {
  const hookId = attachment.testRunHookStartedId;
  const from = hookId ? runHooks.get(hookId) : 'Attached by the run, outside any walkthrough';
  if (!from) {
    index.warnings.push(`line ${line}: attachment for unknown run hook "${hookId}"; skipped`);
    return;
  }
  const content = readAttachment(attachment, loadExternal);
  const place = (shown: ShownAttachment) => (index.run.attachments ??= []).push({ from, attachment: shown });
  if (content.kind === 'problem') index.warnings.push(`line ${line}: attachment ${content.reason}; skipped`);
  else if (content.kind === 'shown') place(content.attachment);
  else if (content.kind === 'tap' || content.kind === 'screen') place({ kind: 'image', screenshot: content.screenshot });
  else {
    const what = [attachment.fileName, attachment.mediaType].filter(Boolean).join(' ');
    index.warnings.push(`line ${line}: attachment ${what} belongs to no walkthrough, and only a walkthrough's step can use it; skipped`);
  }
}

/** "Attached by the BeforeAll hook “Launch Chromium”", from the hook's message (its type and name). */
export function runHookName(hook: Hook | undefined): string {
  const kind = hook?.type === HookType.BEFORE_TEST_RUN ? 'BeforeAll hook' : hook?.type === HookType.AFTER_TEST_RUN ? 'AfterAll hook' : 'hook of the run';
  const name = hook?.name?.trim();
  return `Attached by the ${kind}${name ? ` “${name}”` : ''}`;
}
