import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { japaneseDateTime, nextTokyoMidnight, tokyoParts, tokyoTime } from './tokyo-time';

describe('Tokyo time', () => {
  it('reads a Tokyo date and time as the moment it names', () => {
    assert.equal(tokyoTime('2025-12-01', '21:30').toISOString(), '2025-12-01T12:30:00.000Z');
    assert.equal(tokyoTime('2025-12-02', '0:00').toISOString(), '2025-12-01T15:00:00.000Z');
  });

  it('refuses a date or time it cannot read, saying how to write one', () => {
    assert.throws(() => tokyoTime('1 Dec 2025', '21:30'), /write it as 2025-12-01 21:30/);
    assert.throws(() => tokyoTime('2025-12-01', '25:00'), /not a Tokyo date and time/);
  });

  it("finds the next midnight on Tokyo's calendar, not UTC's", () => {
    // 08:30 in Tokyo is still the previous day in UTC.
    assert.equal(nextTokyoMidnight(tokyoTime('2025-12-01', '08:30')).toISOString(), tokyoTime('2025-12-02', '00:00').toISOString());
    assert.equal(nextTokyoMidnight(tokyoTime('2025-12-01', '23:59')).toISOString(), tokyoTime('2025-12-02', '00:00').toISOString());
  });

  it('counts a moment at midnight itself as the start of its day, so the next midnight is a day later', () => {
    assert.equal(nextTokyoMidnight(tokyoTime('2025-12-02', '00:00')).toISOString(), tokyoTime('2025-12-03', '00:00').toISOString());
  });

  it('crosses month and year ends', () => {
    assert.equal(nextTokyoMidnight(tokyoTime('2025-12-31', '22:00')).toISOString(), tokyoTime('2026-01-01', '00:00').toISOString());
  });

  it('writes a moment the way the portal shows it', () => {
    assert.equal(japaneseDateTime(tokyoTime('2025-12-02', '00:00')), '12月2日 0:00');
    assert.deepEqual(tokyoParts(tokyoTime('2025-12-01', '21:05')), { year: 2025, month: 12, day: 1, hour: 21, minute: 5 });
  });
});
