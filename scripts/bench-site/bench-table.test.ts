import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchTable, bytesByKind, median, pageRow, type PageRow } from './bench-table';
import type { Transfer } from './measure-phone-page';

const transfer = (url: string, kind: Transfer['kind'], bytes: number): Transfer => ({ url, kind, bytes: bytes * 4, transferredBytes: bytes });

const row = (path: string, heightPx: number, loadBytes: number, performance?: number): PageRow => ({
  path,
  heightPx,
  loadBytes,
  loadRawBytes: loadBytes * 4,
  scrolledBytes: loadBytes * 2,
  imagesOnLoad: 1,
  imagesScrolled: 3,
  jsOnLoad: 5,
  jsScrolled: 6,
  scores: performance === undefined ? undefined : { performance, accessibility: 1 },
});

test('the median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
  assert.equal(median([9, 1, 5]), 5);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('a page row adds up the bytes transferred on load and after scrolling, the files as decoded, and counts images and JS chunks', () => {
  const onLoad = [transfer('/a', 'html', 1000), transfer('/main.js', 'js', 3000), transfer('/1.png', 'image', 500)];
  const afterScroll = [...onLoad, transfer('/2.png', 'image', 700), transfer('/chunk.js', 'js', 200)];
  const figures = pageRow({ path: '/a', heightPx: 1688, onLoad, afterScroll, repeats: 0 });
  assert.deepEqual(
    { ...figures },
    {
      path: '/a',
      heightPx: 1688,
      loadBytes: 4500,
      loadRawBytes: 18000,
      scrolledBytes: 5400,
      imagesOnLoad: 1,
      imagesScrolled: 2,
      jsOnLoad: 1,
      jsScrolled: 2,
      scores: undefined,
    },
  );
});

test('a page weight on the wire is split by kind, heaviest first', () => {
  assert.deepEqual(bytesByKind([transfer('/a.js', 'js', 10), transfer('/b.png', 'image', 30), transfer('/c.js', 'js', 25)]), [
    ['js', 35],
    ['image', 30],
  ]);
});

test('the table gives each page its height in screens of 844 px, then the median and the worst', () => {
  const table = benchTable([row('/', 844, 100_000, 0.9), row('/guide/a', 8440, 500_000, 0.5), row('/guide/b', 1688, 200_000, 0.7)]);
  const lines = table.split('\n');
  assert.match(lines[2], /^\/guide\/a\s+8440\s+10\.0\s+500 KB\s+2000 KB\s+1000 KB\s+1\s+3\s+5\s+6\s+50\s+100$/);
  assert.match(
    lines.find((line) => line.startsWith('median'))!,
    /^median\s+1688\s+2\.0\s+200 KB\s.*\s70\s+100$/,
  );
  assert.match(
    lines.find((line) => line.startsWith('worst'))!,
    /^worst\s+8440\s+10\.0\s+500 KB\s.*\s50\s+100$/,
  );
  assert.match(table, /tallest: \/guide\/a; heaviest on load: \/guide\/a/);
});

test('pages without scores show a dash in the score columns, not a zero', () => {
  const table = benchTable([row('/', 844, 100_000)]);
  assert.match(table.split('\n')[1], /\s-\s+-$/);
  assert.match(
    table.split('\n').find((line) => line.startsWith('worst'))!,
    /\s-\s+-$/,
  );
});
