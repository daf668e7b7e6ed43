import { test } from 'node:test';
import assert from 'node:assert/strict';
import { japaneseDateTime, japaneseDuration, parseTokyoTime, tokyoClockAt } from './tokyo-clock';

test('a Tokyo date and time is read as the moment it names', () => {
  assert.equal(parseTokyoTime('2025-12-01 21:30').toISOString(), '2025-12-01T12:30:00.000Z');
  assert.throws(() => parseTokyoTime('1 December, 21:30'), /write it as 2025-12-01 21:30/);
});

test('"0:00 the next day" is midnight at the end of the Tokyo day, even when UTC is on another date', () => {
  assert.equal(tokyoClockAt(parseTokyoTime('2025-12-01 21:30'), '0:00', 1).toISOString(), parseTokyoTime('2025-12-02 00:00').toISOString());
  assert.equal(tokyoClockAt(parseTokyoTime('2025-12-01 08:00'), '23:59').toISOString(), parseTokyoTime('2025-12-01 23:59').toISOString());
  assert.throws(() => tokyoClockAt(new Date(), '24:00'), /not a time of day/);
});

test('moments and durations are written the way the portal writes them', () => {
  assert.equal(japaneseDateTime(parseTokyoTime('2025-12-02 00:00')), '12月2日 0:00');
  assert.equal(japaneseDuration(150 * 60_000), '2時間30分');
  assert.equal(japaneseDuration(60_000), '1分');
  assert.equal(japaneseDuration(30_000), '1分');
});
