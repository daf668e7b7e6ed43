import { escapeText, jsString } from '../escape-mdx';
import { formatUtc } from '../format-utc';
import type { GuideScenario } from '../guide-model';

/** "the mocked portal", or the address of the portal the run was pointed at. */
function portalName(scenario: GuideScenario): string {
  const { run } = scenario;
  if (run?.portal === 'url') return `the portal at ${escapeText(run.origin)}`;
  return 'the mocked portal';
}

/**
 * The how-to's proof line: its walkthrough's status badge and what the last check says about it,
 * never more. Passed: when, and against what. Otherwise it says the walkthrough did not pass (with
 * a link to where it stopped) or that the last run did not check it.
 */
export function renderHowToProof(scenario: GuideScenario, evidence: string): string {
  const open = `<HowToProof status=${jsString(scenario.status)}>`;
  const when = scenario.finishedAt ? escapeText(formatUtc(scenario.finishedAt)) : undefined;
  if (scenario.status === 'passed') {
    return `${open}Checked against ${portalName(scenario)}${when ? ` on ${when}` : ''}.</HowToProof>`;
  }
  if (scenario.status === 'not-run') {
    return `${open}Not checked in the last run: these steps are shown as written, without proof that they work today.</HowToProof>`;
  }
  return (
    `${open}This walkthrough did not pass when it was last checked against ${portalName(scenario)}${when ? ` on ${when}` : ''}: ` +
    `the portal may have changed. [See where it stopped](${evidence}).</HowToProof>`
  );
}
