const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "26 November 2026, 06:49 UTC": one fixed, unambiguous form for an international reader,
 * independent of the machine's locale and time zone.
 */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ` + `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
