import { parseArgs } from 'node:util';

export const USAGE = 'Usage: ts-node guide-gen/cli.ts [--messages FILE] [--out DIR] [--drift FILE] [--allow-unfinished]';

export type CliArgs = { help: true } | { help: false; messages?: string; out?: string; drift?: string; allowUnfinished: boolean };

/** The CLI's options, or an error message for anything it does not know. */
export function parseCliArgs(argv: readonly string[]): CliArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        messages: { type: 'string' },
        out: { type: 'string' },
        drift: { type: 'string' },
        'allow-unfinished': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return { help: true };
    return {
      help: false,
      messages: values.messages,
      out: values.out,
      drift: values.drift,
      allowUnfinished: values['allow-unfinished'] ?? false,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
