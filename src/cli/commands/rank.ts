// `standings rank BOOK.xlsx ...` (spec section 5).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { currentQuarter, parsePeriod, parseRuleSetJson } from '../../engine/index';
import { hasErrors, type Issue, type IssueCode } from '../../engine/issues';
import type { Lang, RunResult } from '../../engine/types';
import {
  MergedHeaderError,
  NoCachedValueError,
  SheetExistsError,
  StoreError,
  WorkbookReadError,
  WorkbookWriteError,
} from '../../workbook/errors';
import { WORKBOOK_MESSAGES } from '../../workbook/messages';
import { runRanking } from '../../workbook/run';
import type { StoreIssueCode } from '../../workbook/storeCodec';
import { XlsxWorkbook } from '../../workbook/xlsx/XlsxWorkbook';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';
import { issueLine } from '../report';

const OPTIONS = {
  ...COMMON_OPTIONS,
  rules: { type: 'string' },
  source: { type: 'string', multiple: true },
  period: { type: 'string' },
  elapsed: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
  replace: { type: 'boolean' },
} as const;

/** `BOOK.xlsx` → `BOOK.ranked.xlsx` in the same folder. */
export function defaultOut(book: string): string {
  const ext = extname(book);
  return join(dirname(book), `${basename(book, ext)}.ranked${ext === '' ? '.xlsx' : ext}`);
}

const reason = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
};
const isMissingFile = (error: unknown): boolean =>
  error instanceof Error && error.cause instanceof Error && ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes((error.cause as NodeJS.ErrnoException).code ?? '');

/** A result with issues and no units, for `--json` when the run stops before evaluating. */
function failedResult(issues: CliIssue[], periodLabel: string, elapsed: number | undefined): RunResult<CliIssue['code']> {
  const period = parsePeriod(periodLabel, elapsed).period ?? { label: periodLabel, elapsed: 0 };
  return { format: 'standings/result@1', ruleSet: '', period, units: [], issues };
}

/** Problems the workbook layer reports by throwing, beside the engine's issue codes. */
type WorkbookIssueCode = 'sheet-exists' | 'merged-header' | 'no-cached-value' | 'unreadable-workbook' | StoreIssueCode;
/** What the CLI reports: the engine's issues and the workbook layer's. */
type CliIssue = Issue<IssueCode | WorkbookIssueCode>;

/** An issue line and JSON entry for a workbook problem. */
function workbookIssue(code: WorkbookIssueCode, where: { cell: string } | { path: string }, message: string): CliIssue {
  return { severity: 'error', code, ...where, message, params: {} };
}

/** A thrown condition about the workbook's content, as issues (exit 1); null for anything else. */
function contentIssues(error: unknown, lang: Lang): CliIssue[] | null {
  const words = WORKBOOK_MESSAGES[lang];
  if (error instanceof SheetExistsError) {
    return error.sheets.map((sheet) => workbookIssue('sheet-exists', { cell: sheet }, CLI_MESSAGES[lang].sheetExists({ sheet })));
  }
  if (error instanceof MergedHeaderError) return [workbookIssue('merged-header', { cell: error.merge }, words.mergedHeader(error))];
  if (error instanceof NoCachedValueError) return [workbookIssue('no-cached-value', { cell: error.cell }, words.noCachedValue(error))];
  if (error instanceof StoreError) {
    return error.issues.map((i) =>
      workbookIssue(i.code, i.cell !== undefined ? { cell: i.cell } : { path: i.path ?? '' }, words.store[i.code](i.detail)),
    );
  }
  return null;
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
  let elapsed: number | undefined;
  if (values.elapsed !== undefined) {
    elapsed = Number(values.elapsed);
    if (values.elapsed.trim() === '' || Number.isNaN(elapsed)) throw new UsageError(words.badElapsed({ value: values.elapsed }));
  }
  const book = resolve(io.cwd, positionals[0]);
  const out = resolve(io.cwd, values.out ?? defaultOut(positionals[0]));
  const period = values.period ?? currentQuarter(io.now());
  const jsonTarget = values.json;
  // With `--json -`, standard output carries only the JSON.
  const say = jsonTarget === '-' ? io.stderr : io.stdout;

  const emitJson = async (result: RunResult<CliIssue['code']>): Promise<void> => {
    if (jsonTarget === undefined) return;
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (jsonTarget === '-') io.stdout(text);
    else {
      const path = resolve(io.cwd, jsonTarget);
      try {
        await writeFile(path, text);
      } catch (error) {
        throw new UsageError(words.cannotWriteFile({ path: jsonTarget, reason: reason(error) }), { cause: error });
      }
    }
  };
  const fail = async (issues: CliIssue[]): Promise<ExitCode> => {
    for (const issue of issues) io.stderr(`${issueLine(issue, words)}\n`);
    await emitJson(failedResult(issues, period, elapsed));
    return EXIT_ERRORS;
  };

  let ruleSet: unknown;
  if (values.rules !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, values.rules), 'utf8');
    } catch (error) {
      throw new UsageError(words.cannotReadFile({ path: values.rules, reason: reason(error) }), { cause: error });
    }
    const parsed = parseRuleSetJson(text, lang);
    if (hasErrors(parsed.issues)) return fail(parsed.issues);
    ruleSet = parsed.value;
  }

  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(book, { outPath: out });
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    const message = WORKBOOK_MESSAGES[lang].cannotRead({ path: positionals[0], reason: reason(error) });
    if (isMissingFile(error)) throw new UsageError(message, { cause: error });
    return fail([workbookIssue('unreadable-workbook', { cell: positionals[0] }, message)]);
  }

  try {
    if (ruleSet === undefined) {
      const store = await workbook.readStore();
      if (store === null) throw new UsageError(words.noStoredRules({ book: positionals[0] }));
      ruleSet = store.ruleSet;
    }
    const { result, sheetNames } = await runRanking(workbook, {
      ruleSet,
      ...(values.source === undefined ? {} : { sources: values.source }),
      period,
      ...(elapsed === undefined ? {} : { elapsed }),
      lang,
      replace: values.replace === true,
      now: io.now(),
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
