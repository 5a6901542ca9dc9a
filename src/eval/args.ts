/**
 * Options of the evaluation and training scripts, read with node:util's parseArgs in strict mode:
 * `--help` (or `-h`) prints the script's usage and exits 0; an unknown option or a missing value
 * prints one line naming it, then the usage, and exits 2, so that a mistyped option never runs a
 * long job (or, for a training script, rewrites a model) with the defaults.
 */
import { parseArgs } from 'node:util';

export interface ScriptOptions {
  /** Options without a value ("--quiet"). */
  flags?: string[];
  /** Options that take a value ("--runs 7"). */
  values?: string[];
  /** Whether positional arguments are allowed. */
  positionals?: boolean;
}

export interface ParsedScriptArgs {
  flag(name: string): boolean;
  value(name: string): string | undefined;
  positionals: string[];
}

/** The parsed options, or exits: 0 after --help, 2 after a mistake (with the usage on stderr). */
export function scriptArgs(argv: string[], spec: ScriptOptions, usage: string): ParsedScriptArgs {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage.endsWith('\n') ? usage : usage + '\n');
    process.exit(0);
  }
  const parsed = tryParse(argv, spec);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${usage.endsWith('\n') ? usage : usage + '\n'}`);
    process.exit(2);
  }
  return parsed;
}

/** The parsed options, or the one-line reason they cannot be parsed (exported for tests). */
export function tryParse(argv: string[], spec: ScriptOptions): ParsedScriptArgs | string {
  const options: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const f of spec.flags ?? []) options[f] = { type: 'boolean' };
  for (const v of spec.values ?? []) options[v] = { type: 'string' };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: spec.positionals ?? false });
    return {
      flag: (name) => values[name] === true,
      value: (name) => {
        const v = values[name];
        return typeof v === 'string' ? v : undefined;
      },
      positionals,
    };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return msg.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
  }
}
