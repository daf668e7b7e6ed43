/**
 * The portal's sense of "now". Real time unless a test sets it: then it stands at the set moment
 * until it is set again, so a rule that runs out at midnight is checked without waiting for one.
 * The World moves this clock and the browser's (Playwright's clock API) together.
 */
export class PortalClock {
  private fixedAt?: number;

  now(): Date {
    return new Date(this.fixedAt ?? Date.now());
  }

  /** From now on the portal believes it is `time`, until set again or handed back to real time. */
  setTime(time: Date): void {
    if (Number.isNaN(time.getTime())) throw new Error('Cannot set the portal clock to an invalid date.');
    this.fixedAt = time.getTime();
  }

  useRealTime(): void {
    this.fixedAt = undefined;
  }
}
