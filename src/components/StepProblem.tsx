import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './StepProblem.module.css';

export interface StepProblemProps {
  status: string;
  /** What went wrong, in plain words. */
  summary: string;
  /** The check's own message, for whoever fixes the guide. */
  details?: string;
}

/**
 * What went wrong at a step, in the open (a failure is never folded away); only the check's
 * technical message is folded.
 */
export default function StepProblem({ status, summary, details }: StepProblemProps): ReactNode {
  const serious = status === 'failed' || status === 'ambiguous';
  return (
    <div className={clsx('alert', serious ? 'alert--danger' : 'alert--warning', styles.problem)} role="note" data-problem-status={status}>
      <p className={styles.summary}>
        <strong>{serious ? 'Did not work: ' : 'Not checked: '}</strong>
        {summary}
      </p>
      {details ? (
        <details className={styles.details}>
          <summary>Technical details</summary>
          <pre>{details}</pre>
        </details>
      ) : null}
    </div>
  );
}
