import { Given, When } from '@cucumber/cucumber';
import { noteInstruction } from './pages/screen-record';
import { tokyoClockAt } from './support/tokyo-clock';
import type { PortalWorld } from './support/world';

Given('it is {tokyoTime} in Tokyo', async function (this: PortalWorld, time: Date) {
  await this.clock.set(time);
});

When('the clock reaches {timeOfDay} {whichDay}', async function (this: PortalWorld, time: string, days: number) {
  const later = tokyoClockAt(this.clock.now(), time, days);
  const when = `${time} ${days ? 'the next day' : 'the same day'}`;
  if (later <= this.clock.now()) throw new Error(`The clock only moves forward: ${when} is not later than now.`);
  noteInstruction(this.page, `Wait until ${when}, Japan time.`);
  await this.clock.set(later);
});
