import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureTable, meetsTarget, ratioText } from './figure-table';

describe('a bench figure beside its target', () => {
  it('meets an at-most target at or below it, and not above', () => {
    assert.equal(meetsTarget({ figure: 'suite', measured: '', ratio: 1.3, target: { atMost: 1.3 } }), true);
    assert.equal(meetsTarget({ figure: 'suite', measured: '', ratio: 1.31, target: { atMost: 1.3 } }), false);
  });

  it('meets an at-least target at or above it, and not below', () => {
    assert.equal(meetsTarget({ figure: 'workers', measured: '', ratio: 1.7, target: { atLeast: 1.7 } }), true);
    assert.equal(meetsTarget({ figure: 'workers', measured: '', ratio: 1.69, target: { atLeast: 1.7 } }), false);
  });

  it('judges nothing without a target or without a finite ratio', () => {
    assert.equal(meetsTarget({ figure: 'attachments', measured: '12 files' }), undefined);
    assert.equal(meetsTarget({ figure: 'workers', measured: '', ratio: Infinity, target: { atLeast: 1.7 } }), undefined);
  });

  it('shows a ratio to two decimals, and a dash for none', () => {
    assert.equal(ratioText(1.254), '1.25×');
    assert.equal(ratioText(undefined), '-');
    assert.equal(ratioText(NaN), '-');
  });
});

describe('the bench table', () => {
  it('has one row a figure, with its target, ratio and verdict, columns lined up', () => {
    const table = figureTable([
      { figure: 'suite', measured: '39.0 s, floor 30.0 s', ratio: 1.3, target: { atMost: 1.3 }, targetText: '≤ 1.3× floor' },
      { figure: '2 workers', measured: '1 worker 60 s, 2 workers 40 s', ratio: 1.5, target: { atLeast: 1.7 } },
      { figure: 'attachments', measured: '12 files, 1.9 MiB' },
    ]);
    assert.deepEqual(table.split('\n'), [
      '| figure      | measured                      | target       | ratio | meets? |',
      '| ----------- | ----------------------------- | ------------ | ----- | ------ |',
      '| suite       | 39.0 s, floor 30.0 s          | ≤ 1.3× floor | 1.30× | yes    |',
      '| 2 workers   | 1 worker 60 s, 2 workers 40 s | ≥ 1.7        | 1.50× | NO     |',
      '| attachments | 12 files, 1.9 MiB             | -            | -     | -      |',
    ]);
  });
});
