import type { ReactNode } from 'react';
import clsx from 'clsx';
import StatusBadge from './StatusBadge';
import styles from './HowTo.module.css';

/**
 * The parts of a how-to page (guide-gen/how-to/render-how-to-page.ts): a goal's one walkthrough as
 * numbered steps, for a customer on a phone. The page has to fit in a few screens, so the
 * screenshots here are cut to the part of the screen that matters (guide-gen/how-to/crop-screen.ts).
 */
export function HowToSteps({ children }: { children?: ReactNode }): ReactNode {
  return (
    <ol className={styles.steps} data-how-to-steps="">
      {children}
    </ol>
  );
}

/** One action; `last` marks the step that says what the reader should now see. */
export function HowToStep({ last, children }: { last?: boolean; children?: ReactNode }): ReactNode {
  return (
    <li className={clsx(styles.step, last && styles.last)} data-how-to-last={last ? '' : undefined}>
      {children}
    </li>
  );
}

/** What to know before the step, such as how many wrong tries lock a credential. */
export function HowToWarning({ children }: { children?: ReactNode }): ReactNode {
  return (
    <p className={clsx('alert', 'alert--warning', styles.warning)} role="note">
      <strong>Careful: </strong>
      {children}
    </p>
  );
}

/** The walkthrough's status badge and what the last check says about it. */
export function HowToProof({ status, children }: { status: string; children?: ReactNode }): ReactNode {
  return (
    <p className={styles.proof} data-how-to-status={status}>
      <StatusBadge status={status} /> {children}
    </p>
  );
}

/** "If something goes wrong": one line per other walkthrough. */
export function Troubles({ children }: { children?: ReactNode }): ReactNode {
  return <ul className={styles.troubles}>{children}</ul>;
}

export function Trouble({ children }: { children?: ReactNode }): ReactNode {
  return <li className={styles.trouble}>{children}</li>;
}
