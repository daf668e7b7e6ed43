import type { ReactNode } from 'react';
import { PageLayout } from './page-layout';

export interface CompletedPageProps {
  title: string;
  /** What was done, announced to screen readers as a status. */
  message: string;
  children?: ReactNode;
  back?: { path: string; label: string };
}

/** The page after a change went through: what changed, and the way back. */
export function CompletedPage({ title, message, children, back }: CompletedPageProps) {
  return (
    <PageLayout title={title}>
      <h1>{title}</h1>
      <p className="notice" role="status">
        {message}
      </p>
      {children}
      {back && (
        <a className="back" href={back.path}>
          {back.label}
        </a>
      )}
    </PageLayout>
  );
}
