export const VERIFY_USAGE = `Usage: npm run verify -- [--accept] [--threshold RATIO] [--messages FILE] [--baselines DIR] [--report DIR] [cucumber-js options]

  --accept           record this run as the new baseline (every flow must pass); a run of part of
                     the spec (--tags, --name, --shard, feature paths) replaces only the flows it ran
  --threshold RATIO  share of a screen's pixels that may differ before the step counts as changed (default 0.001)
  --messages FILE    compare this message stream instead of running the spec (e.g. merged shards)
  --baselines DIR    where the accepted baseline lives (default baselines)
  --report DIR       where the drift report is written (default reports/drift)
Any other option (--tags, --name, --shard…) goes to cucumber-js.`;

export interface VerifyArgs {
  accept: boolean;
  maxPixelRatio: number;
  messages?: string;
  baselines: string;
  report: string;
  cucumberArgs: string[];
}

const takesValue = new Set(['--threshold', '--messages', '--baselines', '--report']);

export function parseVerifyArgs(argv: readonly string[]): VerifyArgs | { error: string } | { help: true } {
  const args: VerifyArgs = { accept: false, maxPixelRatio: 0.001, baselines: 'baselines', report: 'reports/drift', cucumberArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--accept') {
      args.accept = true;
      continue;
    }
    if (!takesValue.has(flag)) {
      args.cucumberArgs.push(argv[i]);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { error: `${flag} needs a value.` };
    if (flag === '--threshold') {
      const ratio = Number(value);
      if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) return { error: `--threshold must be a share between 0 and 1 (0.001 is 0.1%), not "${value}".` };
      args.maxPixelRatio = ratio;
    } else if (flag === '--messages') args.messages = value;
    else if (flag === '--baselines') args.baselines = value;
    else args.report = value;
  }
  return args;
}

/** cucumber-js options whose value is the next argument (not a feature path). */
const cucumberValueOptions = new Set([
  '--tags',
  '-t',
  '--name',
  '--shard',
  '--parallel',
  '--format',
  '-f',
  '--format-options',
  '--profile',
  '-p',
  '--retry',
  '--retry-tag-filter',
  '--world-parameters',
  '--require',
  '-r',
  '--import',
  '-i',
  '--require-module',
  '--order',
  '--language',
  '--config',
  '-c',
]);

/** Whether cucumber-js options pick some scenarios only (tags, names, a shard, feature paths). */
export function runsPartOfTheSpec(cucumberArgs: readonly string[]): boolean {
  for (let i = 0; i < cucumberArgs.length; i++) {
    const arg = cucumberArgs[i];
    if (/^(--tags|-t|--name|--shard)(=|$)/.test(arg)) return true;
    if (!arg.startsWith('-')) return true;
    if (cucumberValueOptions.has(arg)) i++;
  }
  return false;
}
