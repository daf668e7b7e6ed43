import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PortalClock } from './portal-clock';

describe("the portal's clock", () => {
  it('tells real time until it is set', () => {
    const before = Date.now();
    const now = new PortalClock().now().getTime();
    assert.ok(now >= before && now <= Date.now());
  });

  it('stands at the time it was set to, and goes back to real time when told', () => {
    const clock = new PortalClock();
    clock.setTime(new Date('2025-12-01T12:30:00Z'));
    assert.equal(clock.now().toISOString(), '2025-12-01T12:30:00.000Z');
    assert.equal(clock.now().toISOString(), '2025-12-01T12:30:00.000Z');
    clock.useRealTime();
    assert.ok(Math.abs(clock.now().getTime() - Date.now()) < 1000);
  });

  it('refuses an invalid date', () => {
    assert.throws(() => new PortalClock().setTime(new Date('not a date')), /invalid date/);
  });
});
