import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Guide, GuideFeature } from '../guide-model';
import { readAttachment } from '../read-attachment';
import { MESSAGES_MEDIA_TYPE } from '../../common/run-attachments';
import { feature, scenario, shot, step } from '../testing/guide-fixtures';
import { renderTroubleshooting } from './render-troubleshooting';
import { troubleEntries } from './troubleshooting';
import { howToWarnings } from './choose-how-to';
import { howToSteps } from './how-to-steps';
import { renderSaid } from './render-how-to-steps';

const wrong = { ja: 'ネットワーク暗証番号が正しくありません。', en: 'The network PIN is wrong.' };
const twoLeft = { ja: 'あと2回間違えると、ネットワーク暗証番号がロックされます。', en: '2 more wrong tries and your network PIN will be locked.' };

describe('what the portal says on screen, in English', () => {
  it('is read from messages.json, and a list of anything else is a problem', () => {
    const body = JSON.stringify([wrong, twoLeft]);
    assert.deepEqual(readAttachment({ mediaType: MESSAGES_MEDIA_TYPE, contentEncoding: 'IDENTITY', body }), { kind: 'said', said: [wrong, twoLeft] });
    assert.equal(readAttachment({ mediaType: MESSAGES_MEDIA_TYPE, contentEncoding: 'IDENTITY', body: '[{"ja":""}]' }).kind, 'problem');
  });

  it("is shown under the last step's screen, each sentence with its English, but for what the step's own labels already translate", () => {
    const [last] = howToSteps(
      [
        step({
          keyword: 'Then',
          text: 'she is told the PIN is wrong',
          screens: [shot('wrong')],
          labels: [{ ja: 'ネットワーク暗証番号が正しくありません', en: 'The network PIN is wrong', action: 'see' }],
          said: [wrong, twoLeft],
        }),
      ],
      undefined,
    );
    assert.deepEqual(last.said, [wrong, twoLeft]);
    const shown = renderSaid(last.said ?? [], last.seen);
    assert.doesNotMatch(shown, /正しくありません/);
    assert.match(shown, /「あと2回間違えると、ネットワーク暗証番号がロックされます。」<\/span>: 2 more wrong tries and your network PIN will be locked\./);
  });

  it('is told, under a troubleshooting entry, for everything the portal said on the way, each sentence once', () => {
    const mistyped = scenario({
      anchor: 'mistyped',
      steps: [
        step({ text: 'she types a wrong PIN', screens: [shot('wrong')], said: [wrong, twoLeft] }),
        step({
          text: 'she types another wrong PIN',
          screens: [shot('wrong-again')],
          said: [wrong, { ...twoLeft, ja: twoLeft.ja.replace('2', '1'), en: '1 more wrong try and your network PIN will be locked.' }],
        }),
        step({ text: 'she types the right one', screens: [shot('shown')] }),
      ],
    });
    const [entry] = troubleEntries(feature({ children: [{ scenario: mistyped }] }), undefined);
    assert.deepEqual(
      entry.said?.map(({ en }) => en),
      ['The network PIN is wrong.', '2 more wrong tries and your network PIN will be locked.', '1 more wrong try and your network PIN will be locked.'],
    );
    const shown = renderTroubleshooting([entry], 'network-pin-gate', (mdx) => mdx);
    assert.match(shown, /<summary>See the screen and what the portal says<\/summary>/);
    assert.equal(shown.match(/The network PIN is wrong\./g)?.length, 1);
  });

  it('says so where the run had no English, on the page and in a warning', () => {
    assert.match(renderSaid([{ ja: 'まだ訳のない文です。', en: '' }]), /まだ訳のない文です。」<\/span>: \*the guide has no English for this message yet\.\*/);
    const scenario = { name: 'A wrong PIN', steps: [step({ said: [{ ja: 'まだ訳のない文です。', en: '' }, wrong] })] };
    const feature = { name: 'The network PIN', isStart: true, children: [{ scenario }] } as unknown as GuideFeature;
    const warnings = howToWarnings({ features: [feature] } as unknown as Guide);
    assert.deepEqual(warnings.filter((warning) => warning.includes('portal said')).length, 1);
    assert.match(warnings[0], /「まだ訳のない文です。」 \(The network PIN › A wrong PIN\).*steps\/pages\/portal-messages\.ts/);
  });
});
