import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resourceKind } from './resource-kind';

test('a prefetched chunk is counted as JS by its name, whatever the browser typed it', () => {
  assert.equal(resourceKind('http://127.0.0.1:1234/assets/js/17896441.4a2b1c.js', ''), 'js');
});

test('a page is HTML by its content type when its address has no file name', () => {
  assert.equal(resourceKind('http://127.0.0.1:1234/guide/wifi-credentials', 'text/html; charset=utf-8'), 'html');
});

test('screenshots, the search index and the stylesheet are told apart by their names', () => {
  assert.equal(resourceKind('/assets/images/0a4d39e1-0ec5.png'), 'image');
  assert.equal(resourceKind('/img/favicon.svg'), 'image');
  assert.equal(resourceKind('/search-index.json?_=abc'), 'json');
  assert.equal(resourceKind('/assets/css/styles.2fc3b500.css'), 'css');
  assert.equal(resourceKind('/assets/fonts/noto.woff2'), 'font');
});

test('a response with neither a known name nor a known type is other', () => {
  assert.equal(resourceKind('/manifest', 'application/octet-stream'), 'other');
});
