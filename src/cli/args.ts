// Command-line parsing on node:util parseArgs; a wrong command line throws UsageError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../engine/types';

/** The command line is wrong; `message` is already in the user's language. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
  }
}

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** The `--lang` value, read before anything else so that every message can use it. */
export function langOf(argv: readonly string[]): { lang: Lang; bad: string | null } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    return LANGS.includes(value as Lang) ? { lang: value as Lang, bad: null } : { lang: 'zh-CN', bad: value };
  }
  return { lang: 'zh-CN', bad: null };
}

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs, strict, with its errors turned into UsageError. */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  badOption: (detail: string) => string,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(badOption(error instanceof Error ? error.message : String(error)), { cause: error });
  }
}
