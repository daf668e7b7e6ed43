import type { TestStep } from '@cucumber/messages';
import type { GuideScenario, PlacedAttachment } from './guide-model';
import type { CaseOutcome } from './index-run';

/** Images hooks attached, split at the first Gherkin step: before the steps, and after them. */
export function hookScreens(testSteps: readonly TestStep[], outcome: CaseOutcome | undefined): GuideScenario['hookScreens'] {
  const screens: GuideScenario['hookScreens'] = { before: [], after: [] };
  let seenStep = false;
  for (const testStep of testSteps) {
    if (testStep.pickleStepId) seenStep = true;
    const result = testStep.hookId !== undefined ? outcome?.steps.get(testStep.id) : undefined;
    if (result) screens[seenStep ? 'after' : 'before'].push(...result.taps, ...result.screens);
  }
  return screens;
}

/**
 * What else hooks attached, split at the first Gherkin step as their images are, and what the
 * Background steps the walkthrough does not repeat attached (`hidden`: test step id → its text):
 * the page shows those steps once for all walkthroughs, but a log is each run's own.
 */
export function hookAttachments(
  testSteps: readonly TestStep[],
  outcome: CaseOutcome | undefined,
  hidden: ReadonlyMap<string, string>,
): NonNullable<GuideScenario['hookAttachments']> {
  const placed: NonNullable<GuideScenario['hookAttachments']> = { before: [], after: [] };
  let seenStep = false;
  for (const testStep of testSteps) {
    if (testStep.pickleStepId) seenStep = true;
    const attached = outcome?.steps.get(testStep.id)?.attachments ?? [];
    const isHook = testStep.hookId !== undefined;
    const hiddenText = hidden.get(testStep.id);
    if (!isHook && hiddenText === undefined) continue;
    const from = isHook
      ? `Attached by a hook ${seenStep ? 'after the last step' : 'before the first step'}`
      : `Attached during the step “${hiddenText}” (Before you start)`;
    placed[isHook && seenStep ? 'after' : 'before'].push(...attached.map((attachment): PlacedAttachment => ({ from, attachment })));
  }
  return placed;
}
