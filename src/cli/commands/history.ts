// `standings history BOOK.xlsx`: each unit's rank over the runs stored in the workbook, printed
// as an aligned table; with `--out`, also written as the rank history sheet into a copy.
import { resolve } from 'node:path';
import type { Lang } from '../../engine/types';
import { OutputTypeError, SheetExistsError, StoreError, WorkbookReadError, WorkbookWriteError } from '../../workbook/errors';
import type { RankHistory } from '../../workbook/history';
import { totalDecimals } from '../../workbook/layout/historySheet';
import { LABELS } from '../../workbook/layout/labels';
import { padTo, textWidth } from '../../workbook/layout/textWidth';
import { WORKBOOK_MESSAGES } from '../../workbook/messages';
import { readHistory, writeHistory, type HistoryMissing } from '../../workbook/writeHistory';
import { XlsxWorkbook } from '../../workbook/xlsx/XlsxWorkbook';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import { outputTypeUsage } from '../bookInputs';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';
import { issueLine } from '../report';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'rule-set': { type: 'string' },
  out: { type: 'string' },
  replace: { type: 'boolean' },
} as const;

/** Where no rank is shown. */
const BLANK = '-';

/** The table as text: unit, group (when any), then a `rank (total)` column per period. */
export function historyTable(history: RankHistory, lang: Lang): string {
  const words = LABELS[lang];
  const cli = CLI_MESSAGES[lang];
  const decimals = totalDecimals(history);
  const header = [words.unit, ...(history.grouped ? [words.group] : []), ...history.periods.map((p) => p.label)];
  const lead = history.grouped ? 2 : 1;
  const rows = history.rows.map((row) => [
    row.unit,
    ...(history.grouped ? [row.group ?? ''] : []),
    ...row.cells.map((cell) => (cell === null ? BLANK : cli.historyCell({ rank: cell.rank, total: cell.total.toFixed(decimals) }))),
  ]);
  const widths = header.map((h, c) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[c] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => padTo(cell, widths[c] ?? 0, c < lead ? 'left' : 'right')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Unit names (and group names) as typed into a workbook may hold line breaks; a table line may not. */
function oneLine(history: RankHistory): RankHistory {
  const flat = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');
  return { ...history, rows: history.rows.map((r) => ({ ...r, unit: flat(r.unit), group: r.group === null ? null : flat(r.group) })) };
}

export async function historyCommand(argv: readonly string[], lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpHistory}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(words.historyNeedsBook);
  if (positionals.length > 1) throw new UsageError(words.tooManyArguments({ extra: positionals.slice(1).join(' ') }));
  const bookArg = positionals[0];
  const book = resolve(io.cwd, bookArg);
  const fail = (lines: string[]): ExitCode => {
    for (const l of lines) io.stderr(`${l}\n`);
    return EXIT_ERRORS;
  };

  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(book, { outPath: resolve(io.cwd, values.out ?? bookArg) });
  } catch (error) {
    if (error instanceof OutputTypeError) throw outputTypeUsage(error, resolve(io.cwd, values.out ?? bookArg), io, lang);
    if (!(error instanceof WorkbookReadError)) throw error;
    const cause = error.cause instanceof Error ? error.cause : error;
    const message = WORKBOOK_MESSAGES[lang].cannotRead({ path: bookArg, reason: cause.message });
    const code = (error.cause as NodeJS.ErrnoException | undefined)?.code ?? '';
    if (['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(code)) throw new UsageError(message, { cause: error });
    return fail([issueLine({ severity: 'error', code: 'unreadable-workbook', cell: bookArg, message }, words)]);
  }

  const missing = (m: HistoryMissing): ExitCode => {
    if (m.status === 'no-runs') return fail([words.noRuns({ book: bookArg })]);
    throw new UsageError(words.unknownRuleSet({ name: m.ruleSet, names: m.ruleSets.join(', ') }));
  };
  const ruleSet = values['rule-set'];
  try {
    // The input is written only through --out; without it nothing is written at all.
    const outcome =
      values.out === undefined
        ? await readHistory(workbook, ruleSet)
        : await writeHistory(workbook, { ...(ruleSet === undefined ? {} : { ruleSet }), lang, replace: values.replace === true });
    if (outcome.status === 'no-runs' || outcome.status === 'unknown-rule-set') return missing(outcome);
    const { history, ruleSets } = outcome;
    const labels = LABELS[lang].history;
    const first = history.periods[0]?.label ?? '';
    const last = history.periods.at(-1)?.label ?? '';
    io.stdout(`${labels.title(history.ruleSet)}\n${labels.periodsLine({ count: history.periods.length, first, last })}\n\n`);
    io.stdout(`${historyTable(oneLine(history), lang)}\n`);
    const others = ruleSets.filter((name) => name !== history.ruleSet);
    if (others.length > 0) io.stdout(`\n${words.otherRuleSets({ names: others.join(words.nameSep) })}\n`);
    if (outcome.status === 'written' && values.out !== undefined) io.stdout(`\n${words.written({ out: values.out, sheets: outcome.sheetName })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof WorkbookWriteError) {
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
      throw new UsageError(words.cannotWriteFile({ path: values.out ?? bookArg, reason: cause }), { cause: error });
    }
    if (error instanceof SheetExistsError) {
      return fail(error.sheets.map((sheet) => issueLine({ severity: 'error', code: 'sheet-exists', cell: sheet, message: words.sheetExists({ sheet }) }, words)));
    }
    if (error instanceof StoreError) {
      const store = WORKBOOK_MESSAGES[lang].store;
      return fail(error.issues.map((i) => issueLine({ severity: 'error', code: i.code, cell: i.cell ?? i.path ?? '-', message: store[i.code](i.detail) }, words)));
    }
    throw error;
  }
}
