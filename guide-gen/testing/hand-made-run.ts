/**
 * A cucumber message stream made by hand, for tests that need attachments the fixture run does
 * not have: one feature file, one scenario a walkthrough of the given steps, each step run with
 * the given result and attachments, in the order cucumber-js writes them.
 */
export interface HandMadeStep {
  text: string;
  status?: 'PASSED' | 'FAILED' | 'SKIPPED';
  /** Attachment fields (mediaType, body, contentEncoding, fileName, url): the ids are filled in. */
  attachments?: Array<Record<string, unknown>>;
}

export interface HandMadeRun {
  feature?: string;
  scenario?: string;
  background?: HandMadeStep[];
  steps: HandMadeStep[];
  /** Attached by a Before hook of the scenario, and by an After hook. */
  before?: Array<Record<string, unknown>>;
  after?: Array<Record<string, unknown>>;
  /** Attached by a BeforeAll hook, and by an AfterAll hook. */
  beforeAll?: Array<Record<string, unknown>>;
  afterAll?: Array<Record<string, unknown>>;
}

const PASSED = { status: 'PASSED', duration: { seconds: 0, nanos: 0 } };
const at = (seconds: number) => ({ seconds, nanos: 0 });

/** The run as NDJSON text, one message a line. */
export function handMadeRun(run: HandMadeRun): string {
  const background = run.background ?? [];
  const gherkinSteps = [...background, ...run.steps].map((step, i) => ({
    id: `step-${i}`,
    keyword: i < background.length ? 'Given ' : i === background.length ? 'When ' : 'Then ',
    text: step.text,
    location: { line: 3 + i, column: 5 },
  }));
  const children = [
    ...(background.length > 0
      ? [
          {
            background: {
              id: 'background',
              keyword: 'Background',
              name: '',
              description: '',
              steps: gherkinSteps.slice(0, background.length),
              location: { line: 2, column: 3 },
            },
          },
        ]
      : []),
    {
      scenario: {
        id: 'scenario',
        keyword: 'Scenario',
        name: run.scenario ?? 'Hanako checks her docomo ID',
        description: '',
        tags: [],
        examples: [],
        steps: gherkinSteps.slice(background.length),
        location: { line: 2, column: 3 },
      },
    },
  ];
  const uri = 'features/docomo_id.feature';
  const messages: object[] = [
    { meta: { protocolVersion: '32.0.0', implementation: { name: 'hand' }, runtime: { name: 'node' }, os: { name: 'linux' }, cpu: { name: 'x64' } } },
    {
      gherkinDocument: {
        uri,
        comments: [],
        feature: {
          keyword: 'Feature',
          name: run.feature ?? 'Check your docomo ID',
          description: '',
          language: 'en',
          tags: [],
          children,
          location: { line: 1, column: 1 },
        },
      },
    },
    {
      pickle: {
        id: 'pickle',
        uri,
        name: run.scenario ?? 'Hanako checks her docomo ID',
        language: 'en',
        tags: [],
        astNodeIds: ['scenario'],
        steps: gherkinSteps.map((step) => ({ id: `pickle-${step.id}`, text: step.text, astNodeIds: [step.id] })),
      },
    },
    { hook: { id: 'hook-before-all', type: 'BEFORE_TEST_RUN', name: 'Launch the browser', sourceReference: {} } },
    { hook: { id: 'hook-after-all', type: 'AFTER_TEST_RUN', sourceReference: {} } },
    { hook: { id: 'hook-before', type: 'BEFORE_TEST_CASE', sourceReference: {} } },
    { hook: { id: 'hook-after', type: 'AFTER_TEST_CASE', sourceReference: {} } },
    { testRunStarted: { id: 'run', timestamp: at(1) } },
  ];
  const runHook = (id: string, hookId: string, attachments: Array<Record<string, unknown>>) => {
    messages.push({ testRunHookStarted: { id, testRunStartedId: 'run', hookId, timestamp: at(1) } });
    for (const attachment of attachments)
      messages.push({ attachment: { contentEncoding: 'IDENTITY', ...attachment, testRunHookStartedId: id, timestamp: at(1) } });
    messages.push({ testRunHookFinished: { testRunHookStartedId: id, result: PASSED, timestamp: at(1) } });
  };
  runHook('run-hook-1', 'hook-before-all', run.beforeAll ?? []);

  type TestStep = { id: string; hookId?: string; pickleStepId?: string; status?: string; attachments: Array<Record<string, unknown>> };
  const testSteps: TestStep[] = [
    { id: 'ts-before', hookId: 'hook-before', attachments: run.before ?? [] },
    ...[...background, ...run.steps].map((step, i) => ({
      id: `ts-${i}`,
      pickleStepId: `pickle-step-${i}`,
      attachments: step.attachments ?? [],
      status: step.status,
    })),
    { id: 'ts-after', hookId: 'hook-after', attachments: run.after ?? [] },
  ];
  messages.push({
    testCase: {
      id: 'case',
      pickleId: 'pickle',
      testRunStartedId: 'run',
      testSteps: testSteps.map(({ id, hookId, pickleStepId }) =>
        hookId ? { id, hookId } : { id, pickleStepId, stepDefinitionIds: [], stepMatchArgumentsLists: [] },
      ),
    },
  });
  messages.push({ testCaseStarted: { id: 'started', testCaseId: 'case', attempt: 0, timestamp: at(2) } });
  for (const step of testSteps) {
    messages.push({ testStepStarted: { testCaseStartedId: 'started', testStepId: step.id, timestamp: at(2) } });
    for (const attachment of step.attachments) {
      messages.push({ attachment: { contentEncoding: 'IDENTITY', ...attachment, testCaseStartedId: 'started', testStepId: step.id, timestamp: at(2) } });
    }
    const status = step.status ?? 'PASSED';
    messages.push({ testStepFinished: { testCaseStartedId: 'started', testStepId: step.id, testStepResult: { ...PASSED, status }, timestamp: at(2) } });
  }
  messages.push({ testCaseFinished: { testCaseStartedId: 'started', timestamp: at(3), willBeRetried: false } });
  runHook('run-hook-2', 'hook-after-all', run.afterAll ?? []);
  messages.push({ testRunFinished: { success: true, timestamp: at(4), testRunStartedId: 'run' } });
  return `${messages.map((message) => JSON.stringify(message)).join('\n')}\n`;
}
