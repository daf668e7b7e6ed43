import type { GuideStep, PortalSaid, RunSettings, ScreenLabel, Screenshot } from '../guide-model';
import { continuesGroup, isSetupStep, situationOf } from './setup-steps';
import { lockWarnings } from './warnings';

/** One numbered step of a how-to page: one action, or, last, what the reader should now see. */
export interface HowToStep {
  /** A `do`, tap or fill; absent on the final step. */
  action?: ScreenLabel;
  /** The final step: what is on screen once the goal is reached (may be empty: "this screen"). */
  seen?: ScreenLabel[];
  /** Where to tap, outlined (a tap), or the screen to look at. */
  shot?: Screenshot;
  /** The final step: what the portal says on that screen, translated. */
  said?: PortalSaid[];
  /** Told just before the step (lockWarnings). */
  warnings: string[];
}

interface Act {
  label: ScreenLabel;
  step: GuideStep;
  shot?: Screenshot;
}

/**
 * The walkthrough as a how-to: every tap, fill and `do` of its passed steps in the order they
 * happened, one per numbered step, each tap with its marked screenshot, and, when every step
 * passed, a last step with what its final screen shows. Steps without labels (a persona's data
 * table) give nothing; a run that recorded no labels gives no steps at all. A `Given` that types
 * its way to the scene is one line naming the situation (setup-steps.ts). The page teaches the
 * way to the goal: it ends with the first `Then` (and its And/But), where the goal is reached;
 * what a walkthrough checks after that ("and then verifying says there is none") is left to the
 * evidence page.
 */
export function howToSteps(ran: readonly GuideStep[], settings: RunSettings | undefined): HowToStep[] {
  const steps = untilTheGoal(ran);
  // A step that did not pass may have recorded what it did not find.
  const passed = steps.filter((step) => step.status === 'passed');
  const acts = withoutRepeats(passed.flatMap((step, i) => (isSetupStep(step, i, passed) ? [{ label: situationOf(step), step }] : actsOf(step))));
  const lastAction = lastIndexWhere(acts, ({ label }) => label.action !== 'see');
  const actions = acts.slice(0, lastAction + 1).filter(({ label }) => label.action !== 'see');
  const warnings = lockWarnings(
    actions.map(({ label }) => label),
    settings,
  );
  const result: HowToStep[] = actions.map(({ label, shot }, i) => ({ action: label, ...(shot ? { shot } : {}), warnings: warnings.get(i) ?? [] }));
  const finalStep = passed[lastIndexWhere(passed, (step) => step.screens.length > 0)];
  const finalShot = finalStep?.screens.at(-1);
  if (acts.length > 0 && passed.length === steps.length && (lastAction < acts.length - 1 || finalShot)) {
    const seen = uniqueByJa(acts.slice(lastAction + 1).map(({ label }) => label));
    const said = finalStep?.said ?? [];
    result.push({ seen, ...(finalShot ? { shot: finalShot } : {}), ...(said.length > 0 ? { said } : {}), warnings: [] });
  }
  showScreensAfterDo(result, actions);
  return withoutRepeatedShots(result);
}

function untilTheGoal(steps: readonly GuideStep[]): readonly GuideStep[] {
  const outcome = steps.findIndex((step) => step.keyword.trim() === 'Then');
  if (outcome === -1) return steps;
  let end = outcome + 1;
  while (end < steps.length && continuesGroup(steps[end])) end++;
  return steps.slice(0, end);
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** A step's labels in order, each tap paired with the marked screenshot taken just before it. */
function actsOf(step: GuideStep): Act[] {
  let taps = 0;
  return step.labels.map((label) => {
    const shot = label.action === 'tap' ? step.taps[taps++] : undefined;
    return { label, step, ...(shot ? { shot } : {}) };
  });
}

/** The same action twice in a row (a form that shows again) is one instruction. */
function withoutRepeats(acts: readonly Act[]): Act[] {
  const key = ({ label }: Act) => `${label.action} ${label.ja} ${label.action === 'do' ? label.en : ''}`;
  return acts.filter((act, i) => i === 0 || act.label.action === 'see' || key(act) !== key(acts[i - 1]));
}

function uniqueByJa(labels: readonly ScreenLabel[]): ScreenLabel[] {
  return labels.filter((label, i) => labels.findIndex((other) => other.ja === label.ja) === i);
}

/**
 * A `do` that ends a step with no tap (opening the portal) shows the screen it leads to, unless
 * the next step's own picture already shows that screen, with where to tap marked.
 */
function showScreensAfterDo(result: HowToStep[], actions: readonly Act[]): void {
  actions.forEach(({ label, step }, i) => {
    const lastOfStep = actions[i + 1]?.step !== step;
    if (label.action !== 'do' || !lastOfStep || step.taps.length > 0 || result[i + 1]?.shot) return;
    const screen = step.screens.at(-1);
    if (screen) result[i].shot = screen;
  });
}

/** The same picture twice in a row says nothing new the second time. */
function withoutRepeatedShots(result: HowToStep[]): HowToStep[] {
  return result.map((step, i) => {
    if (!step.shot || step.shot.fileName !== result[i - 1]?.shot?.fileName) return step;
    const { shot: _repeated, ...rest } = step;
    return rest;
  });
}
