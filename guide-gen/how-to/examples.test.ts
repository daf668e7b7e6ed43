import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { step } from '../testing/guide-fixtures';
import { markExamples, personaFacts } from './examples';

describe('personaFacts', () => {
  it('reads the two-column tables of the steps that set the scene, not the data a step acts on', () => {
    const facts = personaFacts([
      step({
        keyword: 'Given',
        argument: {
          kind: 'dataTable',
          rows: [
            ['phone number', '090-1234-5678'],
            ['Network PIN', '4739'],
          ],
        },
      }),
      step({ keyword: 'And', argument: { kind: 'dataTable', rows: [['docomo ID', 'hanako2024']] } }),
      step({ keyword: 'When', argument: { kind: 'dataTable', rows: [['field', 'value']] } }),
    ]);
    assert.deepEqual(
      [...facts],
      [
        ['phone number', '090-1234-5678'],
        ['network pin', '4739'],
        ['docomo id', 'hanako2024'],
      ],
    );
  });
});

describe('markExamples', () => {
  it('marks every persona value as an example, whole values first, whole words only', () => {
    const values = ['4739', '090-1234-5678', '1234'];
    assert.equal(
      markExamples('Call 090-1234-5678, type 4739, not 47390.', values),
      'Call <span className="example">090-1234-5678 (an example)</span>, type <span className="example">4739 (an example)</span>, not 47390.',
    );
  });

  it('finds a value as escapeText writes it', () => {
    assert.equal(markExamples('ID: hanako\\_2024', ['hanako_2024']), 'ID: <span className="example">hanako\\_2024 (an example)</span>');
  });

  it('leaves text alone when there is no persona', () => {
    assert.equal(markExamples('Tap 「次へ」.', []), 'Tap 「次へ」.');
  });
});
