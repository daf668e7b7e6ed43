import type { RuleMutation } from './rule-mutations';

/**
 * Breakages in what the project makes of a run: the guide generator (a page must never claim
 * more than the run proved) and verify (a change must never pass as unchanged). No feature sees
 * these; their unit tests must, so each names the test files to run.
 */
export const toolMutations: RuleMutation[] = [
  // guide generator
  {
    id: 'guide-badge-green',
    layer: 'guide generator',
    rule: "a how-to page's badge shows its walkthrough's status, failed ones not green",
    file: 'guide-gen/how-to/render-how-to-proof.ts',
    find: 'const open = `<HowToProof status=${jsString(scenario.status)}>`;',
    replace: "const open = `<HowToProof status=${jsString(scenario.status === 'not-run' ? 'not-run' : 'passed')}>`;",
    tests: ['guide-gen/how-to/render-how-to-page.test.ts'],
  },
  {
    id: 'guide-status-ranking',
    layer: 'guide generator',
    rule: 'a scenario with a failed step is failed, whatever else passed',
    file: 'guide-gen/build-scenario.ts',
    find: "const SEVERITY: GuideStatus[] = ['not-run', 'passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'];",
    replace: "const SEVERITY: GuideStatus[] = ['not-run', 'failed', 'passed', 'skipped', 'pending', 'undefined', 'ambiguous'];",
    tests: ['guide-gen/build-guide.test.ts'],
  },
  {
    id: 'guide-outline-some-passed',
    layer: 'guide generator',
    rule: 'an outline is passed only when every row passed',
    file: 'guide-gen/how-to/troubleshooting.ts',
    find: "if (statuses.every((status) => status === 'passed')) return 'passed';",
    replace: "if (statuses.some((status) => status === 'passed')) return 'passed';",
    tests: ['guide-gen/how-to/troubleshooting.test.ts'],
  },
  {
    id: 'guide-teaches-failed',
    layer: 'guide generator',
    rule: 'a how-to page teaches the tagged walkthrough only when it passed',
    file: 'guide-gen/how-to/choose-how-to.ts',
    find: "if (wanted?.scenario.status === 'passed') return more",
    replace: 'if (wanted) return more',
    tests: ['guide-gen/how-to/choose-how-to.test.ts'],
  },
  {
    id: 'guide-failed-steps-taught',
    layer: 'guide generator',
    rule: 'a how-to teaches only the steps that passed',
    file: 'guide-gen/how-to/how-to-steps.ts',
    find: "const passed = steps.filter((step) => step.status === 'passed');",
    replace: 'const passed = steps;',
    tests: ['guide-gen/how-to/how-to-steps.test.ts'],
  },
  {
    id: 'guide-failure-screen-dropped',
    layer: 'guide generator',
    rule: 'a step that went wrong shows the screen it ended on',
    file: 'guide-gen/render-steps.ts',
    find: 'const ends = taps.length === 0 || isLast || wentWrong ?',
    replace: 'const ends = taps.length === 0 || isLast ?',
    tests: ['guide-gen/render-steps.test.ts'],
  },
  // verify
  {
    id: 'verify-screen-change-ignored',
    layer: 'verify',
    rule: 'a step whose screen changed is a change',
    file: 'verify/compare-step.ts',
    find: 'if (!was && aria.length === 0 && !pixels && missing.length === 0) return undefined;',
    replace: 'if (!was && aria.length === 0 && missing.length === 0) return undefined;',
    tests: ['verify/compare-flows.test.ts'],
  },
  {
    id: 'verify-threshold-inclusive',
    layer: 'verify',
    rule: 'a screen changes only when more than the threshold of its pixels differ',
    file: 'verify/compare-step.ts',
    find: 'return diff.ratio > options.maxPixelRatio ?',
    replace: 'return diff.ratio >= options.maxPixelRatio ?',
    tests: ['verify/compare-flows.test.ts'],
  },
  {
    id: 'verify-run-screen-missing',
    layer: 'verify',
    rule: 'a step the run recorded no screen for is a change, never a silent pass',
    file: 'verify/compare-step.ts',
    find: 'if (!after.screenshot) missing.push(MISSING.runScreen);',
    replace: '',
    tests: ['verify/compare-flows.test.ts'],
  },
  {
    id: 'verify-new-lines-ignored',
    layer: 'verify',
    rule: 'a line new on the screen is a change',
    file: 'verify/aria-diff.ts',
    find: 'lines.push(`+ ${b[j++]}`);',
    replace: 'j++;',
    tests: ['verify/aria-diff.test.ts'],
  },
  {
    id: 'verify-broken-only-failed',
    layer: 'verify',
    rule: 'a flow that passed and now does not (failed, undefined, pending) is broken',
    file: 'verify/compare-flows.ts',
    find: "const broken = current.status !== 'passed' && baseline.status === 'passed';",
    replace: "const broken = current.status === 'failed' && baseline.status === 'passed';",
    tests: ['verify/compare-flows.test.ts'],
  },
  {
    id: 'verify-accepts-failing',
    layer: 'verify',
    rule: 'a run with a flow that did not pass is never accepted as the baseline',
    file: 'verify/verify-command.ts',
    find: "const failing = run.flows.filter((flow) => flow.status !== 'passed');",
    replace: "const failing = run.flows.filter((flow) => flow.status === 'failed');",
    tests: ['verify/verify-command.test.ts'],
  },
];
