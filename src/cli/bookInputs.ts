// What `rank` and `explain` share: the options that say what to read from a workbook (rules,
// sources, period, time progress), opening the workbook, the stored rule set as the default, and
// the workbook layer's thrown conditions as issues.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { currentQuarter, parsePeriod, parseRuleSetJson } from '../engine/index';
import { hasErrors, type Issue, type IssueCode } from '../engine/issues';
import type { Lang, RunResult } from '../engine/types';
import { MergedHeaderError, NoCachedValueError, OutputTypeError, SheetExistsError, StoreError, WorkbookReadError } from '../workbook/errors';
import { WORKBOOK_MESSAGES } from '../workbook/messages';
import type { StoreIssueCode } from '../workbook/storeCodec';
import { XlsxWorkbook } from '../workbook/xlsx/XlsxWorkbook';
import { UsageError } from './args';
import type { CliIo } from './io';
import { CLI_MESSAGES, type CliMessages } from './messages';

/** The options naming the rule set, the input ranges and the period. */
export const INPUT_OPTIONS = {
  rules: { type: 'string' },
  source: { type: 'string', multiple: true },
  period: { type: 'string' },
  elapsed: { type: 'string' },
} as const;

/** Problems the workbook layer reports by throwing, beside the engine's issue codes. */
/** Codes the CLI adds to the engine's: the workbook's own problems, and a unit `explain` cannot find. */
export type WorkbookIssueCode = 'sheet-exists' | 'merged-header' | 'no-cached-value' | 'unreadable-workbook' | 'unknown-unit' | StoreIssueCode;
/** What the CLI reports: the engine's issues and the workbook layer's. */
export type CliIssue = Issue<IssueCode | WorkbookIssueCode>;

/** The message of an I/O failure's cause. */
export const reason = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
};
const isMissingFile = (error: unknown): boolean =>
  error instanceof Error && error.cause instanceof Error && ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes((error.cause as NodeJS.ErrnoException).code ?? '');

/** An issue line and JSON entry for a workbook problem. */
export function workbookIssue(code: WorkbookIssueCode, where: { cell: string } | { path: string }, message: string): CliIssue {
  return { severity: 'error', code, ...where, message, params: {} };
}

/** A thrown condition about the workbook's content, as issues (exit 1); null for anything else. */
export function contentIssues(error: unknown, lang: Lang): CliIssue[] | null {
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

/** A result with issues and no units, for `--json` when the run stops before evaluating. */
export function failedResult(issues: CliIssue[], periodLabel: string, elapsed: number | undefined): RunResult<CliIssue['code']> {
  const period = parsePeriod(periodLabel, elapsed).period ?? { label: periodLabel, elapsed: 0 };
  return { format: 'standings/result@1', ruleSet: '', period, units: [], issues };
}

export interface PeriodChoice {
  /** `--period`, or the current quarter. */
  period: string;
  elapsed: number | undefined;
}

/** `--period` and `--elapsed`; a non-numeric `--elapsed` is a UsageError. */
export function periodOptions(values: { period?: string | undefined; elapsed?: string | undefined }, words: CliMessages, io: CliIo): PeriodChoice {
  let elapsed: number | undefined;
  if (values.elapsed !== undefined) {
    elapsed = Number(values.elapsed);
    if (values.elapsed.trim() === '' || Number.isNaN(elapsed)) throw new UsageError(words.badElapsed({ value: values.elapsed }));
  }
  return { period: values.period ?? currentQuarter(io.now()), elapsed };
}

/**
 * The `--rules` file as parsed JSON (undefined without `--rules`), or its JSON issues. A file that
 * cannot be read is a UsageError.
 */
export async function readRulesOption(path: string | undefined, lang: Lang, io: CliIo): Promise<{ ruleSet: unknown } | { issues: Issue[] }> {
  if (path === undefined) return { ruleSet: undefined };
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(CLI_MESSAGES[lang].cannotReadFile({ path, reason: reason(error) }), { cause: error });
  }
  const parsed = parseRuleSetJson(text, lang);
  return hasErrors(parsed.issues) ? { issues: parsed.issues } : { ruleSet: parsed.value };
}

/** The output named with an extension the workbook cannot have, as the user typed it where possible. */
export function outputTypeUsage(error: OutputTypeError, outPath: string, io: CliIo, lang: Lang): UsageError {
  const shown = relative(io.cwd, outPath);
  return new UsageError(CLI_MESSAGES[lang].outputType({ out: shown.startsWith('..') || shown === '' ? outPath : shown, extension: error.extension }), { cause: error });
}

/**
 * Opens `BOOK.xlsx` (named as typed, resolved from the working folder). A file that is not there
 * or not readable is a UsageError; one that is not a workbook comes back as an issue.
 */
export async function openBook(bookArg: string, outPath: string, lang: Lang, io: CliIo): Promise<{ workbook: XlsxWorkbook } | { issues: CliIssue[] }> {
  try {
    return { workbook: await XlsxWorkbook.open(resolve(io.cwd, bookArg), { outPath }) };
  } catch (error) {
    if (error instanceof OutputTypeError) throw outputTypeUsage(error, outPath, io, lang);
    if (!(error instanceof WorkbookReadError)) throw error;
    const message = WORKBOOK_MESSAGES[lang].cannotRead({ path: bookArg, reason: reason(error) });
    if (isMissingFile(error)) throw new UsageError(message, { cause: error });
    return { issues: [workbookIssue('unreadable-workbook', { cell: bookArg }, message)] };
  }
}

/** The `--rules` rule set, else the one stored in the workbook; neither is a UsageError. */
export async function ruleSetOrStored(ruleSet: unknown, workbook: XlsxWorkbook, bookArg: string, words: CliMessages): Promise<unknown> {
  if (ruleSet !== undefined) return ruleSet;
  const store = await workbook.readStore();
  if (store === null) throw new UsageError(words.noStoredRules({ book: bookArg }));
  return store.ruleSet;
}
