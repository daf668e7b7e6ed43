import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './Steps.module.css';

/**
 * A walkthrough's numbered steps. `status` is the walkthrough's last result (absent for "Before
 * you start"); it is written on the list so a test, or a reader's stylesheet, can find it.
 */
export function Steps({ status, children }: { status?: string; children?: ReactNode }): ReactNode {
  return (
    <ol className={styles.steps} data-walkthrough-status={status}>
      {children}
    </ol>
  );
}

/**
 * One step, with an id a later step links to. `shownAt` names the step earlier on the page that
 * shows this one in full, when this one is only named. The id is declared to Docusaurus so that its
 * broken-anchor check knows it: a link to a step that is gone fails the build.
 */
export function Step({ id, status, shownAt, children }: { id: string; status?: string; shownAt?: string; children?: ReactNode }): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <li id={id} className={styles.step} data-step-status={status} data-shown-at={shownAt}>
      {children}
    </li>
  );
}
