import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUtc } from './format-utc';
import { pngSize } from './screenshot-from-bytes';

describe('formatUtc', () => {
  it('writes a time in UTC, whatever the machine’s time zone', () => {
    assert.equal(formatUtc('2026-11-26T23:05:59.900+09:00'), '26 November 2026, 14:05 UTC');
    assert.equal(formatUtc('2026-01-03T00:00:00Z'), '3 January 2026, 00:00 UTC');
  });

  it('passes through what is not a time', () => {
    assert.equal(formatUtc('yesterday'), 'yesterday');
  });
});

describe('pngSize', () => {
  it('reads width and height from the PNG header, and nothing from other bytes', () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4w2AMRAwQCgAeVgP9CwJ/4gAAAABJRU5ErkJggg==', 'base64');
    assert.deepEqual(pngSize(new Uint8Array(png)), { width: 2, height: 2 });
    assert.deepEqual(pngSize(new Uint8Array([0xff, 0xd8, 0xff])), {});
  });
});
