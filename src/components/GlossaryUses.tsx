import { Fragment, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './GlossaryUses.module.css';

export interface GlossaryUsePage {
  /** The title of the page the steps are on. */
  page: string;
  steps: Array<{ text: string; href: string; doing: string }>;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function PageSteps({ page }: { page: GlossaryUsePage }): ReactNode {
  return (
    <li>
      <strong>{page.page}</strong>:{' '}
      {page.steps.map((step, index) => (
        <Fragment key={step.href}>
          {index > 0 ? '; ' : ''}
          <Link to={step.href}>{step.text}</Link> ({step.doing})
        </Fragment>
      ))}
    </li>
  );
}

/**
 * Where a glossary label is used: every step that shows it, by page, behind a disclosure. The
 * links are rendered when the reader opens it, not with the page (guide-gen/renderGlossary.ts
 * says what that saved), and still declared to Docusaurus on the server, so that a link to a
 * step that is gone fails the build.
 */
export default function GlossaryUses({ pages }: { pages: GlossaryUsePage[] }): ReactNode {
  const brokenLinks = useBrokenLinks();
  pages.forEach((page) => page.steps.forEach((step) => brokenLinks.collectLink(step.href)));
  const [open, setOpen] = useState(false);
  const steps = pages.reduce((total, page) => total + page.steps.length, 0);
  return (
    <details className={styles.uses} data-glossary-uses="" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{`Where you meet it: ${count(steps, 'step')} on ${count(pages.length, 'page')}`}</summary>
      {open ? (
        <ul>
          {pages.map((page) => (
            <PageSteps key={page.steps[0]?.href ?? page.page} page={page} />
          ))}
        </ul>
      ) : null}
    </details>
  );
}
