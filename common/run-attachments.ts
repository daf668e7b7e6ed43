/**
 * What a run writes for the guide and for `verify`, and where: steps/support/hooks.ts attaches
 * these, steps/support/message-formatter.ts stores the images, guide-gen/read-attachment.ts and
 * verify read them. One definition in a module of neither side, so the two cannot drift apart.
 */

/** The folder, beside a message stream, where its images are stored as files (`./attachments/<hash>.png`). */
export const ATTACHMENTS_FOLDER = 'attachments';

export const RUN_INFO_MEDIA_TYPE = 'application/vnd.docomo-guide.run+json';
export const LABELS_MEDIA_TYPE = 'application/vnd.docomo-guide.labels+json';
/** The accessibility snapshot (YAML) of the page's main content after the step. */
export const ARIA_MEDIA_TYPE = 'application/vnd.docomo-guide.aria+yaml';
/** What the portal said on screen after the step (its alerts and status lines), sentence by sentence, with the English. */
export const MESSAGES_MEDIA_TYPE = 'application/vnd.docomo-guide.messages+json';
