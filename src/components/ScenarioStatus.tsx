import type { ReactNode } from 'react';
import StatusBadge from './StatusBadge';
import styles from './ScenarioStatus.module.css';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Formatted by hand in UTC: the server render and the browser must print the same text. */
function formatUtc(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
  );
}

export interface ScenarioStatusProps {
  status: string;
  /** When the last check of this walkthrough finished, ISO 8601. */
  verifiedAt?: string;
  /** How many tries the check needed; shown when it was more than one. */
  attempts?: number;
}

/** A walkthrough's status badge and when it was last checked. */
export default function ScenarioStatus({ status, verifiedAt, attempts }: ScenarioStatusProps): ReactNode {
  const when = verifiedAt ? formatUtc(verifiedAt) : undefined;
  return (
    <p className={styles.status}>
      <StatusBadge status={status} />{' '}
      <span className={styles.when}>
        {when && verifiedAt ? (
          <>
            Last checked <time dateTime={verifiedAt}>{when}</time>
            {attempts && attempts > 1 ? `, on try ${attempts}` : ''}
          </>
        ) : (
          'Not verified: the last check did not run these steps.'
        )}
      </span>
    </p>
  );
}
