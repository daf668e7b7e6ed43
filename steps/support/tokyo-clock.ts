/**
 * Tokyo times as a customer reads them, for the clock steps and the checks on the lock page.
 * Written again rather than imported from the mock: the spec's idea of "0:00 the next day" must
 * be its own, or a mistake in the portal's arithmetic would pass unnoticed.
 */
const hour = 60 * 60 * 1000;
const day = 24 * hour;
/** Japan has no summer time: Tokyo is always UTC+9. */
const offset = 9 * hour;

/** "2025-12-01 21:30" as a moment. */
export function parseTokyoTime(text: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2})$/.exec(text.trim());
  const moment = match && new Date(`${match[1]}T${match[2].padStart(2, '0')}:${match[3]}:00+09:00`);
  if (!moment || Number.isNaN(moment.getTime())) throw new Error(`"${text}" is not a Tokyo date and time: write it as 2025-12-01 21:30.`);
  return moment;
}

/** The moment at `hh:mm` on the Tokyo calendar day of `time`, moved by `days`. */
export function tokyoClockAt(time: Date, hhmm: string, days = 0): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new Error(`"${hhmm}" is not a time of day: write it as 0:00 or 23:59.`);
  const startOfDay = Math.floor((time.getTime() + offset) / day) * day - offset;
  return new Date(startOfDay + days * day + Number(match[1]) * hour + Number(match[2]) * 60 * 1000);
}

/** "12月2日 0:00": how the portal writes a moment. */
export function japaneseDateTime(time: Date): string {
  const tokyo = new Date(time.getTime() + offset);
  return `${tokyo.getUTCMonth() + 1}月${tokyo.getUTCDate()}日 ${tokyo.getUTCHours()}:${String(tokyo.getUTCMinutes()).padStart(2, '0')}`;
}

/** "2時間30分" or "1分": the time left, in whole minutes rounded up, as the portal counts it down. */
export function japaneseDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.ceil(milliseconds / 60_000));
  const hours = Math.floor(minutes / 60);
  return `${hours > 0 ? `${hours}時間` : ''}${minutes % 60}分`;
}
