import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './Glossary.module.css';

/**
 * The glossary's labels (guide-gen/render-glossary.ts), a phrasebook for a phone: one line per
 * Japanese label, not a heading each, which made the page about 70,000 px tall.
 */
export function Terms({ children }: { children?: ReactNode }): ReactNode {
  return <ul className={styles.terms}>{children}</ul>;
}

/**
 * One label, with the id the steps link to, declared to Docusaurus so that its broken-anchor
 * check knows it: a step's link to a label that is gone fails the build.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <li id={id} className={styles.term}>
      {children}
    </li>
  );
}

/**
 * A label's line, opening on the pages that use it: the browser's own <details>. In MDX a
 * <details> is Docusaurus's Details component, with its state and animation; the glossary's 93 of
 * them made hydrating the page cost Lighthouse mobile performance 76–79 (98 on a how-to page).
 */
export function Fold({ children }: { children?: ReactNode }): ReactNode {
  return <details className={styles.fold}>{children}</details>;
}
