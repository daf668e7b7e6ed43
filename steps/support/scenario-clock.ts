import type { BrowserContext } from 'playwright';

/**
 * The scenario's one clock: the portal's and the phone browser's, always moved together, so a
 * lock that lasts until midnight is checked in no time at all. Playwright's clock API
 * (`context.clock.setFixedTime`) freezes `Date` in every page of the context and keeps timers
 * running; it needs no navigation first and survives later ones. Real time until a step sets it.
 */
export class ScenarioClock {
  private time?: Date;
  private context?: BrowserContext;

  constructor(private readonly setPortalTime: (time: Date) => Promise<void>) {}

  /** The browser the World just opened; it gets the scenario's time at once when one was set. */
  async attach(context: BrowserContext): Promise<void> {
    this.context = context;
    if (this.time) await context.clock.setFixedTime(this.time);
  }

  async set(time: Date): Promise<void> {
    this.time = time;
    await this.setPortalTime(time);
    await this.context?.clock.setFixedTime(time);
  }

  /** The time the scenario set, or real time when it set none. */
  now(): Date {
    return this.time ?? new Date();
  }
}
