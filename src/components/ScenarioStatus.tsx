import type { ReactNode } from 'react';
import StatusBadge from './StatusBadge';
import styles from './ScenarioStatus.module.css';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formatted by hand in UTC: the server render and the browser must print the same text. */
function formatUtc(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ` + `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

export interface ScenarioStatusProps {
  status: string;
  /** When the last check of this walkthrough finished, ISO 8601. */
  verifiedAt?: string;
  /** How many tries the check needed; shown when it was more than one. */
  attempts?: number;
  /** What the check ran against: `embedded mock` or `url`. */
  portal?: string;
  origin?: string;
  /** The mocked portal's revision. */
  revision?: string;
  /** The commit of the spec that ran. */
  commit?: string;
}

function against({ portal, origin, revision }: ScenarioStatusProps): string | undefined {
  if (!portal && !origin) return undefined;
  const host = origin?.replace(/^https?:\/\//, '') ?? '';
  if (portal === 'embedded mock') return `the mocked portal (${host}${revision ? `, its ${revision} revision` : ''})`;
  if (portal === 'url') return origin;
  return [portal, host].filter(Boolean).join(' ');
}

/** A walkthrough's proof: its last result, when, against which portal, with which commit. */
export default function ScenarioStatus(props: ScenarioStatusProps): ReactNode {
  const { status, verifiedAt, attempts, commit } = props;
  const when = verifiedAt ? formatUtc(verifiedAt) : undefined;
  const portal = against(props);
  return (
    <div className={styles.status} data-scenario-status={status}>
      <StatusBadge status={status} />
      <span className={styles.when}>
        {when && verifiedAt ? (
          <>
            Checked <time dateTime={verifiedAt}>{when}</time>
            {attempts && attempts > 1 ? `, on try ${attempts}` : ''}
            {portal ? `, against ${portal}` : ''}
            {commit ? (
              <>
                , spec commit <code>{commit}</code>
              </>
            ) : null}
            .
          </>
        ) : (
          'Not verified: the last check did not run these steps.'
        )}
      </span>
    </div>
  );
}
