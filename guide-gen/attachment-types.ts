/**
 * The attachments the run writes for the guide and for `verify`: steps/support/hooks.ts attaches
 * them, guide-gen/readAttachment.ts reads them. One definition, so the two cannot drift apart.
 */
export const RUN_INFO_MEDIA_TYPE = 'application/vnd.docomo-guide.run+json';
export const LABELS_MEDIA_TYPE = 'application/vnd.docomo-guide.labels+json';
/** The accessibility snapshot (YAML) of the page's main content after the step. */
export const ARIA_MEDIA_TYPE = 'application/vnd.docomo-guide.aria+yaml';
/** What the portal said on screen after the step (its alerts and status lines), sentence by sentence, with the English. */
export const MESSAGES_MEDIA_TYPE = 'application/vnd.docomo-guide.messages+json';
