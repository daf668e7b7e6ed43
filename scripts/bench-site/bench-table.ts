import type { PageFigures, Transfer } from './measure-phone-page';
import { PHONE, transferredBytes } from './measure-phone-page';
import type { ResourceKind } from './resource-kind';

export interface Scores {
  performance: number;
  accessibility: number;
}

export interface PageRow {
  path: string;
  heightPx: number;
  /** Bytes over the wire on load (headers and compressed bodies). */
  loadBytes: number;
  /** The same files decoded: what an uncompressing host would send. */
  loadRawBytes: number;
  /** Bytes over the wire once scrolled to the bottom. */
  scrolledBytes: number;
  imagesOnLoad: number;
  imagesScrolled: number;
  jsOnLoad: number;
  jsScrolled: number;
  scores?: Scores;
}

const count = (transfers: Transfer[], kind: ResourceKind) => transfers.filter((transfer) => transfer.kind === kind).length;
const rawBytes = (transfers: Transfer[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);

export function pageRow(figures: PageFigures, scores?: Scores): PageRow {
  return {
    path: figures.path,
    heightPx: figures.heightPx,
    loadBytes: transferredBytes(figures.onLoad),
    loadRawBytes: rawBytes(figures.onLoad),
    scrolledBytes: transferredBytes(figures.afterScroll),
    imagesOnLoad: count(figures.onLoad, 'image'),
    imagesScrolled: count(figures.afterScroll, 'image'),
    jsOnLoad: count(figures.onLoad, 'js'),
    jsScrolled: count(figures.afterScroll, 'js'),
    scores,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes over the wire per kind of resource, heaviest first: what a page's weight is made of. */
export function bytesByKind(transfers: Transfer[]): [ResourceKind, number][] {
  const totals = new Map<ResourceKind, number>();
  for (const transfer of transfers) totals.set(transfer.kind, (totals.get(transfer.kind) ?? 0) + transfer.transferredBytes);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
const whole = (value: number) => String(Math.round(value));

interface Column {
  title: string;
  value: (row: PageRow) => number | undefined;
  text: (value: number) => string;
  /** Scores are worst at their lowest; sizes and counts at their highest. */
  worstIsLowest?: boolean;
}

const COLUMNS: Column[] = [
  { title: 'height px', value: (row) => row.heightPx, text: whole },
  { title: 'screens', value: (row) => row.heightPx / PHONE.height, text: (value) => value.toFixed(1) },
  { title: 'load', value: (row) => row.loadBytes, text: kb },
  { title: 'load raw', value: (row) => row.loadRawBytes, text: kb },
  { title: 'scrolled', value: (row) => row.scrolledBytes, text: kb },
  { title: 'img load', value: (row) => row.imagesOnLoad, text: whole },
  { title: 'img all', value: (row) => row.imagesScrolled, text: whole },
  { title: 'JS load', value: (row) => row.jsOnLoad, text: whole },
  { title: 'JS all', value: (row) => row.jsScrolled, text: whole },
  { title: 'perf', value: (row) => row.scores?.performance, text: (value) => whole(value * 100), worstIsLowest: true },
  { title: 'a11y', value: (row) => row.scores?.accessibility, text: (value) => whole(value * 100), worstIsLowest: true },
];

function summary(rows: PageRow[], label: string, reduce: (values: number[], column: Column) => number): string[] {
  return [
    label,
    ...COLUMNS.map((column) => {
      const values = rows.map(column.value).filter((value): value is number => value !== undefined && !Number.isNaN(value));
      return values.length === 0 ? '-' : column.text(reduce(values, column));
    }),
  ];
}

function heaviest(rows: PageRow[], pick: (row: PageRow) => number): string {
  return rows.reduce((worst, row) => (pick(row) > pick(worst) ? row : worst)).path;
}

/**
 * The benchmark's table: a line per page, then the median and the worst of each column (the
 * highest figure, the lowest score), and which pages are the tallest and the heaviest.
 */
export function benchTable(rows: PageRow[]): string {
  if (rows.length === 0) return 'no pages measured';
  const pageLines = rows.map((row) => [
    row.path,
    ...COLUMNS.map((column) => {
      const value = column.value(row);
      return value === undefined || Number.isNaN(value) ? '-' : column.text(value);
    }),
  ]);
  const summaryLines = [
    summary(rows, 'median', (values) => median(values)),
    summary(rows, 'worst', (values, column) => (column.worstIsLowest ? Math.min(...values) : Math.max(...values))),
  ];
  const header = ['page', ...COLUMNS.map((column) => column.title)];
  const lines = [header, ...pageLines, ...summaryLines];
  const widths = header.map((_, index) => Math.max(...lines.map((line) => line[index].length)));
  const render = (line: string[]) => line.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  return [
    render(header),
    ...pageLines.map(render),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...summaryLines.map(render),
    `tallest: ${heaviest(rows, (row) => row.heightPx)}; heaviest on load: ${heaviest(rows, (row) => row.loadBytes)}; heaviest scrolled: ${heaviest(rows, (row) => row.scrolledBytes)}`,
  ].join('\n');
}
