import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGuide } from './build-guide';
import { generateGuide } from './generate-guide';
import type { Guide, GuideScenario } from './guide-model';
import { readEnvelopes } from './read-envelopes';
import { tinyRunNdjson, tinyRunWithout } from './testing/tiny-run';
import { scenariosOf } from './walkthroughs';

function guideFrom(ndjson: string): Guide {
  return buildGuide(readEnvelopes(ndjson).envelopes);
}

function scenario(guide: Guide, slug: string, name: string): GuideScenario {
  const feature = guide.features.find((candidate) => candidate.slug === slug);
  const found = feature && scenariosOf(feature).find((candidate) => candidate.name === name);
  assert.ok(found, `no scenario "${name}" in ${slug}`);
  return found;
}

describe('buildGuide on damaged input', () => {
  it('still builds a page from the pickles when a gherkinDocument is missing, and says which line', () => {
    const ndjson = tinyRunWithout((e) => String((e.gherkinDocument as { uri?: string } | undefined)?.uri).includes('docomo_id'));
    const guide = guideFrom(ndjson);
    assert.equal(guide.features.length, 4);
    const orphan = guide.features.find((f) => f.slug === 'docomo-id');
    assert.ok(orphan);
    assert.equal(orphan.name, 'docomo id');
    assert.equal(scenariosOf(orphan)[0].status, 'passed');
    assert.equal(scenariosOf(orphan)[0].steps[0].keyword, 'Given');
    assert.equal(guide.warnings.length, 1);
    assert.match(guide.warnings[0], /^line \d+: pickle "Taro checks his docomo ID" is from features\/docomo_id\.feature/);
  });

  it('warns about an attachment for a step it cannot find, naming the line, and drops it', () => {
    const lines = tinyRunNdjson.split('\n');
    const at = lines.findIndex((line) => line.startsWith('{"attachment"'));
    lines[at] = lines[at].replace(/"testStepId":"[^"]+"/, '"testStepId":"no-such-step"');
    const guide = guideFrom(lines.join('\n'));
    assert.deepEqual(guide.warnings, [`line ${at + 1}: attachment for unknown step "no-such-step"; skipped`]);
    assert.equal(guide.features.length, 4);
  });

  it('warns about an image that is not the image it claims to be, and about unreadable labels and run info', () => {
    const lines = tinyRunNdjson.trimEnd().split('\n');
    const damage = (fileName: string, body: string) => {
      const at = lines.findIndex((line) => line.includes(`"fileName":"${fileName}"`));
      const envelope = JSON.parse(lines[at]);
      envelope.attachment.body = body;
      lines[at] = JSON.stringify(envelope);
      return at + 1;
    };
    const run = damage('run.json', 'not json');
    const png = damage('step.png', Buffer.from('GIF89a').toString('base64'));
    const labels = damage('labels.json', '[{"ja":"次へ"}]');
    assert.deepEqual(guideFrom(lines.join('\n')).warnings, [
      `line ${run}: attachment run.json (application/vnd.docomo-guide.run+json) is not JSON; skipped`,
      `line ${png}: attachment step.png (image/png): the bytes are not a PNG image; skipped`,
      `line ${labels}: attachment labels.json (application/vnd.docomo-guide.labels+json) is not a list of { ja, en, action: tap|fill|see|do } (only a "do" may have an empty ja, and it needs its instruction in en); skipped`,
    ]);
  });

  it('reads an image stored beside the stream, and warns naming the line when it is missing', () => {
    const lines = tinyRunNdjson.split('\n');
    const png = lines.findIndex((line) => line.includes('"fileName":"step.png"'));
    const original = JSON.parse(lines[png]).attachment;
    const external = (url: string) =>
      JSON.stringify({ externalAttachment: { url, mediaType: 'image/png', testCaseStartedId: original.testCaseStartedId, testStepId: original.testStepId } });
    lines[png] = external('attachments/step.png');
    const bytes = new Uint8Array(Buffer.from(original.body, 'base64'));
    const found = buildGuide(readEnvelopes(lines.join('\n')).envelopes, (url) => (url === 'attachments/step.png' ? bytes : undefined));
    assert.deepEqual(found.warnings, []);
    lines[png] = external('attachments/gone.png');
    assert.deepEqual(guideFrom(lines.join('\n')).warnings, [
      `line ${png + 1}: attachment gone.png (image/png) points to attachments/gone.png, which is missing; skipped`,
    ]);
  });

  it('warns about a guide tag it does not know, naming the feature, and still places the page', () => {
    const ndjson = tinyRunNdjson.replace('"name":"@guide-order-1"', '"name":"@guide-ordr-1"');
    const guide = guideFrom(ndjson);
    assert.match(guide.warnings[0], /^line \d+: features\/network_pin\.feature has the tag @guide-ordr-1, which the guide does not know/);
    assert.equal(guide.features.at(-1)?.slug, 'network-pin');
  });

  it('makes only one start page when two features ask to be it', () => {
    const ndjson = tinyRunNdjson.replace('"name":"@guide-order-1"', '"name":"@guide-start"');
    const guide = guideFrom(ndjson);
    assert.deepEqual(
      guide.features.filter((f) => f.isStart).map((f) => f.slug),
      ['network-pin'],
    );
    assert.match(
      guide.warnings.join('\n'),
      /features\/which_credential\.feature is tagged @guide-start, but features\/network_pin\.feature is the start page already/,
    );
  });

  it('marks a scenario the run never reached as not run, with its steps', () => {
    const ndjson = tinyRunWithout((e) => 'pickle' in e && JSON.stringify(e).includes('Taro checks'));
    const lonely = scenario(guideFrom(ndjson), 'docomo-id', 'Taro checks his docomo ID');
    assert.equal(lonely.status, 'not-run');
    assert.equal(lonely.finishedAt, undefined);
    assert.equal(lonely.steps.length, 3);
    assert.deepEqual(lonely.steps[0].screens, []);
  });

  it('reports a failing hook around the steps with its message', () => {
    const envelopes = tinyRunNdjson
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const pickle = envelopes.find((e) => e.pickle?.name === 'Taro checks his docomo ID').pickle;
    const testCase = envelopes.find((e) => e.testCase?.pickleId === pickle.id).testCase;
    const hookStepId = testCase.testSteps.find((step: { hookId?: string }) => step.hookId).id;
    for (const e of envelopes) {
      if (e.testStepFinished?.testStepId === hookStepId) {
        e.testStepFinished.testStepResult = { status: 'FAILED', message: 'Browser did not start', duration: {} };
      }
    }
    const guide = guideFrom(envelopes.map((e) => JSON.stringify(e)).join('\n'));
    const taro = scenario(guide, 'docomo-id', 'Taro checks his docomo ID');
    assert.equal(taro.status, 'failed');
    assert.deepEqual(taro.hookFailures, ['Browser did not start']);
  });

  it('treats a test case cut off before it finished as not verified', () => {
    const guide = guideFrom(tinyRunNdjson.slice(0, tinyRunNdjson.lastIndexOf('{"testCaseFinished"')));
    const last = scenario(guide, 'which-credential', 'The sp-mode password is asked for on its own page');
    assert.equal(last.status, 'not-run');
    assert.equal(guide.run.finishedAt, undefined);
  });
});

/** One line of each kind of message (attachments by file name): the fixture repeats itself. */
function oneOfEachKind(): Array<{ line: string; i: number }> {
  const seen = new Set<string>();
  return tinyRunNdjson
    .trimEnd()
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => {
      const [[type, body]] = Object.entries(JSON.parse(line) as Record<string, { fileName?: string }>);
      const kind = `${type} ${body.fileName ?? ''}`;
      return !seen.has(kind) && seen.add(kind);
    });
}

describe('buildGuide on messages of the right type but the wrong shape', () => {
  const lines = tinyRunNdjson.trimEnd().split('\n');

  it('survives any one message emptied, and still renders', () => {
    lines.forEach((line, i) => {
      const type = Object.keys(JSON.parse(line))[0];
      const damaged = [...lines];
      damaged[i] = JSON.stringify({ [type]: {} });
      const { files } = generateGuide(damaged.join('\n'));
      assert.ok(
        files.some((file) => file.path === 'glossary.mdx'),
        `line ${i + 1} (${type})`,
      );
    });
  });

  it('survives any one field of any kind of message missing or null', () => {
    oneOfEachKind().forEach(({ line, i }) => {
      const [[type, body]] = Object.entries(JSON.parse(line) as Record<string, Record<string, unknown>>);
      for (const field of Object.keys(body)) {
        for (const value of [undefined, null]) {
          const damaged = [...lines];
          damaged[i] = JSON.stringify({ [type]: { ...body, [field]: value } });
          assert.doesNotThrow(() => generateGuide(damaged.join('\n')), `line ${i + 1}: ${type}.${field} = ${value}`);
        }
      }
    });
  });
});
