import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GuideOutline } from './guide-model';
import { scenario } from './testing/guide-fixtures';
import { outlineTitle } from './walkthroughs';

const outline = (name: string, header: string[], rows: string[][]): GuideOutline => ({
  keyword: 'Scenario Outline',
  name,
  description: '',
  anchor: 'outline',
  examples: [{ keyword: 'Examples', name: '', description: '', header, rows: rows.map((values) => ({ values, scenario: scenario() })) }],
});

test("an outline's heading names the values its rows give each placeholder", () => {
  const pinGate = outline('To <operation> her docomo ID, she has to get past her network PIN', ['operation'], [['issue'], ['verify'], ['change'], ['delete']]);
  assert.equal(outlineTitle(pinGate), 'To issue, verify, change or delete her docomo ID, she has to get past her network PIN');
  const withOr = outline('To <operation> her docomo ID', ['operation'], [['create'], ['verify'], ['change or unlock'], ['delete']]);
  assert.equal(outlineTitle(withOr), 'To create, verify, change or unlock, or delete her docomo ID');
  assert.equal(outlineTitle(outline('In the <browser>', ['browser'], [['mobile Chrome'], ['mobile Chrome']])), 'In the mobile Chrome');
});

test('values too many or too long to list leave a slot named after the column', () => {
  const long = outline('A password <length> is refused', ['length'], [['one character shorter than allowed'], ['one longer']]);
  assert.equal(outlineTitle(long), 'A password ‹length› is refused');
  const many = outline('<what> is refused', ['what'], [['a'], ['b'], ['c'], ['d'], ['e']]);
  assert.equal(outlineTitle(many), '‹what› is refused');
});

test('a placeholder no column fills is left as written', () => {
  assert.equal(outlineTitle(outline('She uses <nothing>', ['other'], [['x']])), 'She uses <nothing>');
});
