import type { ReactNode } from 'react';
import clsx from 'clsx';

export type Status = 'passed' | 'failed' | 'pending' | 'undefined' | 'ambiguous' | 'skipped' | 'not-run';

const BADGES: Record<Status, { label: string; className: string }> = {
  passed: { label: 'Passed', className: 'badge--success' },
  failed: { label: 'Failed', className: 'badge--danger' },
  pending: { label: 'Pending', className: 'badge--warning' },
  undefined: { label: 'Undefined', className: 'badge--warning' },
  ambiguous: { label: 'Ambiguous', className: 'badge--warning' },
  skipped: { label: 'Skipped', className: 'badge--secondary' },
  'not-run': { label: 'Not verified', className: 'badge--secondary' },
};

export function isStatus(value: string): value is Status {
  return value in BADGES;
}

/** The coloured label of a walkthrough's last result; an unknown value shows as "Not run". */
export default function StatusBadge({ status }: { status: string }): ReactNode {
  const { label, className } = BADGES[isStatus(status) ? status : 'not-run'];
  return <span className={clsx('badge', className)}>{label}</span>;
}
