import { escapeText } from './escape-mdx';
import { evidenceLink } from './evidence-page';
import { formatUtc } from './format-utc';
import type { GuideFeature, GuideOutline, GuideScenario, GuideStatus } from './guide-model';
import { heading } from './render-scenario';
import { outlineTitle, walkthroughsOf, walkthroughsOfChild, type Walkthrough } from './walkthroughs';

/**
 * The start page's proof, under the credential cards: when and against which portal the checks
 * behind the map ran, claiming only what passed. A check that failed is named with a link to
 * it on the evidence page; checks the run did not reach make the map "Not verified".
 */
export function renderStartProof(start: GuideFeature): string {
  const walkthroughs = walkthroughsOf(start);
  const every = `[every check](${evidenceLink(start.slug)})`;
  const ran = walkthroughs.filter(({ scenario }) => scenario.status !== 'not-run');
  if (ran.length === 0) {
    return notVerified(
      walkthroughs.length === 0
        ? 'No check stands behind this map yet: it is shown as written.'
        : `The last run did not check this map (${count(walkthroughs.length, 'check')} did not run): it is shown as written, without proof that it is right today.`,
    );
  }
  const passed = ran.filter(({ scenario }) => scenario.status === 'passed');
  const failed = ran.filter(({ scenario }) => !['passed', 'skipped'].includes(scenario.status));
  const last = ran.reduce((a, b) => ((b.scenario.finishedAt ?? '') > (a.scenario.finishedAt ?? '') ? b : a)).scenario;
  const when = last.finishedAt ? ` on ${escapeText(formatUtc(last.finishedAt))}` : '';
  const parts = [
    `*Checked against ${portalName(last)}${when}: ${passed.length === walkthroughs.length ? `all ${count(passed.length, 'check')}` : `${passed.length} of the ${count(walkthroughs.length, 'check')}`} ` +
      `behind this map passed (${every}).*`,
  ];
  if (failed.length > 0) parts.push(didNotPass(start, failed));
  const notRun = walkthroughs.length - ran.length;
  if (notRun > 0)
    parts.push(
      notVerified(
        `The last run did not reach ${count(notRun, 'check')} behind this map: what ${notRun === 1 ? 'it' : 'they'} would prove is shown as written.`,
      ),
    );
  return parts.join('\n\n');
}

function didNotPass(start: GuideFeature, failed: readonly Walkthrough[]): string {
  return [
    `:::danger[${failed.length === 1 ? 'One check' : `${failed.length} checks`} did not pass]`,
    '',
    'The portal may have changed since this map was written; until it is corrected, trust the check over the map:',
    '',
    ...failed.map(({ scenario, fullTitle }) => `- [${escapeText(fullTitle)}](${evidenceLink(start.slug, scenario.anchor)})`),
    '',
    ':::',
  ].join('\n');
}

/**
 * Which service asks for which credential, one line each with a link to its check: the rows of
 * the first Scenario Outline whose Examples have a "service" and a "credential" column. The
 * start feature's other checks follow, one line per rule, outline or scenario, with how many passed.
 */
export function renderServices(start: GuideFeature): string {
  const children = start.children.flatMap((child) => ('rule' in child ? child.rule.children : [child]));
  const services = children.find((child): child is { outline: GuideOutline } => 'outline' in child && serviceColumns(child.outline) !== undefined);
  const listed = new Set<GuideScenario>();
  const lines: string[] = [];
  if (services) {
    const { outline } = services;
    for (const examples of outline.examples) {
      const columns = serviceColumns(outline, examples.header);
      if (!columns) continue;
      for (const { values, scenario } of examples.rows) {
        listed.add(scenario);
        lines.push(`- ${escapeText(capitalise(values[columns.service]))}: **${escapeText(values[columns.credential])}** · ${checkLink(start, scenario)}`);
      }
    }
  }
  const others = start.children.flatMap((child) => otherChecks(start, child, listed));
  if (lines.length === 0 && others.length === 0) return '';
  const title =
    lines.length > 0 ? heading(2, 'Which service asks for which', 'which-service-asks-for-which') : heading(2, 'What was checked', 'what-was-checked');
  // One tight list: two lists a blank line apart would merge into one loose list, spaced out.
  return [title, [...lines, ...others].join('\n')].join('\n\n');
}

function serviceColumns(outline: GuideOutline, header = outline.examples[0]?.header ?? []): { service: number; credential: number } | undefined {
  const service = header.indexOf('service');
  const credential = header.indexOf('credential');
  return service >= 0 && credential >= 0 ? { service, credential } : undefined;
}

/** One line for a rule, outline or scenario of the start feature, leaving out the walkthroughs already listed. */
function otherChecks(start: GuideFeature, child: GuideFeature['children'][number], listed: Set<GuideScenario>): string[] {
  const { title, anchor, walkthroughs } = described(child);
  const rest = walkthroughs.filter(({ scenario }) => !listed.has(scenario));
  if (rest.length === 0) return [];
  const passed = rest.filter(({ scenario }) => scenario.status === 'passed').length;
  const ran = rest.filter(({ scenario }) => scenario.status !== 'not-run').length;
  const result =
    ran === 0
      ? 'not checked in the last run'
      : `${passed} of ${count(rest.length, 'check')} passed${ran < rest.length ? `, ${rest.length - ran} not checked` : ''}`;
  return [`- [${escapeText(capitalise(title))}](${evidenceLink(start.slug, anchor)}): ${result}`];
}

function described(child: GuideFeature['children'][number]): { title: string; anchor: string; walkthroughs: Walkthrough[] } {
  if ('rule' in child) {
    const { rule } = child;
    return { title: rule.name.trim() || rule.keyword, anchor: rule.anchor, walkthroughs: rule.children.flatMap(walkthroughsOfChild) };
  }
  if ('outline' in child) return { title: outlineTitle(child.outline), anchor: child.outline.anchor, walkthroughs: walkthroughsOfChild(child) };
  return { title: child.scenario.name.trim() || child.scenario.keyword, anchor: child.scenario.anchor, walkthroughs: walkthroughsOfChild(child) };
}

const CHECK_WORDS: Record<GuideStatus, string> = {
  passed: 'checked',
  failed: 'did not pass',
  pending: 'did not pass',
  undefined: 'did not pass',
  ambiguous: 'did not pass',
  skipped: 'skipped',
  'not-run': 'not checked',
};

function checkLink(start: GuideFeature, scenario: GuideScenario): string {
  return `[${CHECK_WORDS[scenario.status]}](${evidenceLink(start.slug, scenario.anchor)})`;
}

function portalName(scenario: GuideScenario): string {
  if (!scenario.run || scenario.run.portal === 'embedded mock') return 'the mocked portal';
  return `the portal at ${escapeText(scenario.run.origin)}`;
}

function notVerified(text: string): string {
  return [':::caution[Not verified]', '', text, '', ':::'].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
