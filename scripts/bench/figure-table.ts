/**
 * The bench's one table: each figure beside its target, the ratio the target is on, and whether it
 * meets it. A figure never fails the bench; a row only says so.
 */
export interface Figure {
  figure: string;
  /** What was measured, as a reader wants it (e.g. "41.2 s, floor 30.1 s"). */
  measured: string;
  /** The ratio the target is set on (suite/floor, size/limit…); absent for a figure shown for context. */
  ratio?: number;
  /** The target on that ratio: at most (≤) or at least (≥) this. */
  target?: { atMost: number } | { atLeast: number };
  /** How the target reads, e.g. "≤ 1.3× floor"; the ratio's target when not given. */
  targetText?: string;
}

export function meetsTarget(figure: Figure): boolean | undefined {
  const { ratio, target } = figure;
  if (ratio === undefined || target === undefined || !Number.isFinite(ratio)) return undefined;
  return 'atMost' in target ? ratio <= target.atMost : ratio >= target.atLeast;
}

const targetOf = (figure: Figure): string => {
  if (figure.targetText) return figure.targetText;
  if (!figure.target) return '-';
  return 'atMost' in figure.target ? `≤ ${figure.target.atMost}` : `≥ ${figure.target.atLeast}`;
};

const yesNo = (meets: boolean | undefined) => (meets === undefined ? '-' : meets ? 'yes' : 'NO');

/** A ratio to two decimals with its ×, or "-" when there is none. */
export function ratioText(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '-' : `${ratio.toFixed(2)}×`;
}

const HEADER = ['figure', 'measured', 'target', 'ratio', 'meets?'];

/** A Markdown table, its columns padded to line up in a terminal too. */
export function figureTable(figures: Figure[]): string {
  const rows = [HEADER, ...figures.map((figure) => [figure.figure, figure.measured, targetOf(figure), ratioText(figure.ratio), yesNo(meetsTarget(figure))])];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column] - [...cell].length)).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
