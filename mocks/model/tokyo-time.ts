/**
 * Tokyo wall-clock arithmetic without a time-zone library: Japan has kept UTC+9 all year since
 * 1951 (no summer time), so a fixed offset is exact for every date the portal deals with.
 */
const tokyoOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The first 0:00 in Tokyo strictly after `time`: at 0:00 itself, that is the next day's. */
export function nextTokyoMidnight(time: Date): Date {
  const tokyoDay = Math.floor((time.getTime() + tokyoOffsetMs) / dayMs);
  return new Date((tokyoDay + 1) * dayMs - tokyoOffsetMs);
}

/** The moment a Tokyo wall clock shows this date and time, e.g. tokyoTime('2025-12-01', '21:30'). */
export function tokyoTime(date: string, time: string): Date {
  const moment = new Date(`${date}T${time.padStart(5, '0')}:00+09:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{1,2}:\d{2}$/.test(time) || Number.isNaN(moment.getTime())) {
    throw new Error(`"${date} ${time}" is not a Tokyo date and time: write it as 2025-12-01 21:30.`);
  }
  return moment;
}

/** The parts of `time` as a Tokyo wall clock shows them. */
export function tokyoParts(time: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(time.getTime() + tokyoOffsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** "12月2日 0:00", the way the portal writes a moment for the customer. */
export function japaneseDateTime(time: Date): string {
  const { month, day, hour, minute } = tokyoParts(time);
  return `${month}月${day}日 ${hour}:${String(minute).padStart(2, '0')}`;
}
