import { worstStatus } from '../build-scenario';
import { dedent } from '../escape-mdx';
import type { GuideChild, GuideFeature, GuideScenario, GuideStatus, PortalSaid, Screenshot } from '../guide-model';
import { outlineTitle } from '../walkthroughs';

/** One "If …, …" line under a how-to: another walkthrough of the goal, as a customer's problem. */
export interface TroubleEntry {
  /** The scenario's (or outline's) description, else its name: plain text, one line. */
  text: string;
  status: GuideStatus;
  /** Its heading's id on the evidence page. */
  anchor: string;
  /** How it ended on the phone. */
  shot?: Screenshot;
  /** Everything the portal said on the way, each sentence once, translated: what the reader meets in this case. */
  said?: PortalSaid[];
  /** It ended on the screen the entry above shows (or the last step's), which is not shown twice in a row. */
  sameScreenAsAbove?: boolean;
}

const WENT_WRONG: GuideStatus[] = ['failed', 'ambiguous', 'undefined', 'pending'];

/**
 * Every walkthrough of the feature but the how-to's own, in file order, an outline once for all
 * its rows (contract 4: the description under `Scenario:` is the customer's one line).
 */
export function troubleEntries(feature: GuideFeature, howTo: GuideScenario | undefined): TroubleEntry[] {
  const children = feature.children.flatMap((child) => ('rule' in child ? child.rule.children : [child]));
  return children.flatMap((child) => entryOf(child, howTo) ?? []);
}

function entryOf(child: GuideChild, howTo: GuideScenario | undefined): TroubleEntry | undefined {
  if ('scenario' in child) {
    const { scenario } = child;
    if (scenario === howTo) return undefined;
    return withShot(
      { text: oneLine(scenario.description) || scenario.name.trim() || scenario.keyword, status: scenario.status, anchor: scenario.anchor },
      scenario,
    );
  }
  const { outline } = child;
  const rows = outline.examples.flatMap((examples) => examples.rows.map((row) => row.scenario)).filter((scenario) => scenario !== howTo);
  if (rows.length === 0) return undefined;
  const pictured = rows.find((scenario) => scenario.status === 'passed') ?? rows[0];
  return withShot({ text: oneLine(outline.description) || outlineTitle(outline), status: outlineStatus(rows), anchor: outline.anchor }, pictured);
}

function withShot(entry: TroubleEntry, scenario: GuideScenario): TroubleEntry {
  const steps = scenario.ranSteps ?? scenario.steps;
  const shot = [...steps]
    .reverse()
    .find((step) => step.screens.length > 0)
    ?.screens.at(-1);
  const said = [...new Map(steps.flatMap((step) => step.said ?? []).map((sentence) => [sentence.ja, sentence])).values()];
  return { ...entry, ...(shot ? { shot } : {}), ...(said.length > 0 ? { said } : {}) };
}

/**
 * One status for all the rows of an outline, never better than the truth: passed only when every
 * row passed; else the worst problem; else, rows the run skipped or never reached.
 */
export function outlineStatus(rows: readonly GuideScenario[]): GuideStatus {
  const statuses = rows.map((scenario) => scenario.status);
  if (statuses.every((status) => status === 'passed')) return 'passed';
  const worst = worstStatus(statuses);
  if (WENT_WRONG.includes(worst)) return worst;
  return statuses.includes('not-run') ? 'not-run' : 'skipped';
}

/** A Gherkin description as one line of text. */
function oneLine(description: string): string {
  return dedent(description)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
