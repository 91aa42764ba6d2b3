// `standings rank BOOK.xlsx ...` (spec section 5).
import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors } from '../../engine/issues';
import type { Lang } from '../../engine/types';
import { WorkbookWriteError } from '../../workbook/errors';
import { runRanking } from '../../workbook/run';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import {
  contentIssues,
  INPUT_OPTIONS,
  openBook,
  periodOptions,
  readRulesOption,
  reason,
  ruleSetOrStored,
} from '../bookInputs';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';
import { jsonOutput } from '../jsonOutput';
import { issueLine } from '../report';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...INPUT_OPTIONS,
  out: { type: 'string' },
  json: { type: 'string' },
  replace: { type: 'boolean' },
  explain: { type: 'boolean' },
} as const;

/** `BOOK.xlsx` → `BOOK.ranked.xlsx` in the same folder. */
export function defaultOut(book: string): string {
  const ext = extname(book);
  return join(dirname(book), `${basename(book, ext)}.ranked${ext === '' ? '.xlsx' : ext}`);
}

export async function rankCommand(argv: readonly string[], lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpRank}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(words.needsBook);
  if (positionals.length > 1) throw new UsageError(words.tooManyArguments({ extra: positionals.slice(1).join(' ') }));
  const { period, elapsed } = periodOptions(values, words, io);
  const out = resolve(io.cwd, values.out ?? defaultOut(positionals[0]));
  const jsonTarget = values.json;
  // With `--json -`, standard output carries only the JSON.
  const say = jsonTarget === '-' ? io.stderr : io.stdout;

  const { emit: emitJson, fail } = jsonOutput(jsonTarget, { period, elapsed }, io, words);

  const rules = await readRulesOption(values.rules, lang, io);
  if ('issues' in rules) return fail(rules.issues);
  const opened = await openBook(positionals[0], out, lang, io);
  if ('issues' in opened) return fail(opened.issues);
  const { workbook } = opened;

  try {
    const ruleSet = await ruleSetOrStored(rules.ruleSet, workbook, positionals[0], words);
    const { result, sheetNames } = await runRanking(workbook, {
      ruleSet,
      ...(values.source === undefined ? {} : { sources: values.source }),
      period,
      ...(elapsed === undefined ? {} : { elapsed }),
      lang,
      replace: values.replace === true,
      now: io.now(),
      ...(values.explain === true ? { explain: true } : {}),
    });
    for (const issue of result.issues) io.stderr(`${issueLine(issue, words)}\n`);
    await emitJson(result);
    if (hasErrors(result.issues)) return EXIT_ERRORS;
    say(`${words.written({ out: values.out ?? defaultOut(positionals[0]), sheets: sheetNames.join(', ') })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof WorkbookWriteError) {
      throw new UsageError(words.cannotWriteFile({ path: values.out ?? defaultOut(positionals[0]), reason: reason(error) }), { cause: error });
    }
    const issues = contentIssues(error, lang);
    if (issues === null) throw error;
    return fail(issues);
  }
}
