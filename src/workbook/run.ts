// One ranking run, host-independent: read the ranges and the store, evaluate, lay out the sheets,
// append the run to the log and write it all through the port. The CLI and the task pane both
// call this; nothing is written when the result has errors.
import { parseRange } from '../engine/address';
import { describeIssue } from '../engine/i18n/describe';
import { columnKeysRead, columnsRead, evaluate, validateRuleSet } from '../engine/index';
import { hasErrors, rawError, type Issue } from '../engine/issues';
import type { RuleSet } from '../engine/ruleset/schema';
import { parsePeriod } from '../engine/period';
import type { Lang, RunResult, Table } from '../engine/types';
import { LABELS } from './layout/labels';
import { buildExplanationSheet, explanationSheetName } from './layout/explanationSheet';
import { buildResultSheet } from './layout/resultSheet';
import { buildRulesSheet } from './layout/rulesSheet';
import { distinctSheetNames, resultSheetName, rulesSheetName } from './layout/sheetName';
import { WORKBOOK_MESSAGES } from './messages';
import { DatesFoundError, SheetExistsError } from './errors';
import { markDates } from './markDates';
import type { DateCell, DateScope, SheetsSeen, UncheckedDates, WorkbookPort } from './port';
import { STORE_FORMAT, type Store, type StoredRun } from './store';
import type { SheetPlan } from './sheetPlan';
import { trimLeadingBlankRows } from './tableShape';

export interface RunRequest {
  /** The rule set as parsed JSON; validated here. */
  ruleSet: unknown;
  /** Input ranges (`目标!A1:E20`); default: the rule set's `sources`. */
  sources?: readonly string[];
  period: string;
  elapsed?: number;
  lang: Lang;
  /** Overwrite existing result sheets of the same name. */
  replace: boolean;
  now: Date;
  /** Also explain every unit: `result.explanations`, and a third sheet with them in words. */
  explain?: boolean;
}

export interface RunOutcome {
  result: RunResult;
  /**
   * Sheets written: the result sheet, then the rules explained (`说明`), then with `explain` the
   * units explained (`解释`). Empty when nothing was written.
   */
  sheetNames: string[];
}

/**
 * The ranks to compare with: the latest run of the same rule set name for another period (a
 * re-run of the same period compares with the period before, not with itself).
 */
export function previousRun(store: Store | null, ruleSetName: string, periodLabel: string): StoredRun | null {
  const runs = (store?.runs ?? []).filter((r) => r.ruleSet === ruleSetName && r.period.label !== periodLabel);
  let latest: StoredRun | null = null;
  for (const run of runs) if (latest === null || Date.parse(run.time) >= Date.parse(latest.time)) latest = run;
  return latest;
}

interface SourceCheck {
  ok: string[];
  issues: Issue[];
}

function checkSources(sources: readonly string[], sheets: readonly string[], lang: Lang): SourceCheck {
  const known = new Set(sheets.map((s) => s.toLowerCase()));
  const result: SourceCheck = { ok: [], issues: [] };
  sources.forEach((source, i) => {
    const ref = parseRange(source);
    if (ref === null || ref.sheet === null) {
      result.issues.push(describeIssue(rawError('bad-range', { path: `sources[${i}]` }, { value: source }), lang));
    } else if (!known.has(ref.sheet.toLowerCase())) {
      const message = WORKBOOK_MESSAGES[lang].sheetMissing({ sheet: ref.sheet, range: source });
      result.issues.push({ severity: 'error', code: 'bad-range', path: `sources[${i}]`, message, params: { value: source, sheet: ref.sheet } });
    } else {
      result.ok.push(source);
    }
  });
  return result;
}

export type Read = { issues: Issue[] } | { issues: []; tables: Table[]; store: Store | null; seen?: SheetsSeen; dates?: UncheckedDates };

/**
 * The sheet list, the ranges and the store: all at once through `readInputs` when the port has
 * it (one request in Excel), else one call each. Sources that are malformed or name a missing
 * sheet come back as issues.
 */
export async function readSources(port: WorkbookPort, sources: readonly string[], lang: Lang): Promise<Read> {
  if (port.readInputs === undefined) {
    const checked = checkSources(sources, await port.listSheets(), lang);
    if (checked.issues.length > 0) return { issues: checked.issues };
    return { issues: [], tables: await port.readRanges(checked.ok), store: await port.readStore() };
  }
  const wellFormed = sources.filter((s) => {
    const ref = parseRange(s);
    return ref !== null && ref.sheet !== null;
  });
  const inputs = await port.readInputs(wellFormed);
  const checked = checkSources(sources, inputs.sheets, lang);
  if (checked.issues.length > 0) return { issues: checked.issues };
  const tables = inputs.tables.map((table, i) => {
    // Every source names a listed sheet here, so the port read it.
    if (table === null) throw new Error(`readInputs gave no table for ${wellFormed[i]}`);
    return table;
  });
  return { issues: [], tables, store: inputs.store, ...(inputs.seen ? { seen: inputs.seen } : {}), ...(inputs.dates ? { dates: inputs.dates } : {}) };
}

/** What both a run and an explanation ask of a workbook: the rule set, ranges and period. */
export interface EvaluateRequest {
  ruleSet: unknown;
  sources?: readonly string[];
  period: string;
  elapsed?: number;
  lang: Lang;
  /** Explain every unit (true) or the units of these names. */
  explain?: boolean | readonly string[];
}

export interface Evaluated {
  result: RunResult;
  /** What the evaluation read; null when the rule set or the sources failed before it. */
  read: {
    ruleSet: RuleSet;
    sources: readonly string[];
    store: Store | null;
    seen?: SheetsSeen;
    /** The latest run of the same rule set for another period, compared with for rank change. */
    previous: StoredRun | null;
    /** Numbers not yet checked for dates (only when `deferDates` was asked and the result has no errors). */
    dates?: UncheckedDates;
    /** Where among them a date would matter, by range. */
    dateScope: DateScope[];
    /** The result again, with these cells read as the dates they are. */
    reevaluate: (cells: readonly DateCell[]) => RunResult;
  } | null;
}

/**
 * Reads the ranges and the store and evaluates, writing nothing: a run goes on to write the
 * sheets, an explanation stops here. Numbers a port's read left unchecked for dates are looked
 * at here, unless `deferDates` and the result has no errors: a run's write then looks at them.
 */
export async function evaluateWorkbook(port: WorkbookPort, request: EvaluateRequest, deferDates = false): Promise<Evaluated> {
  const { lang } = request;
  const options = {
    lang,
    ...(request.elapsed === undefined ? {} : { elapsed: request.elapsed }),
    ...(request.explain === undefined || request.explain === false ? {} : { explain: request.explain }),
  };
  const { ruleSet } = validateRuleSet(request.ruleSet, lang);
  if (ruleSet === null) return { result: evaluate(request.ruleSet, [], request.period, options), read: null };

  const sources = request.sources ?? ruleSet.sources ?? [];
  const read = await readSources(port, sources, lang);
  const parsedPeriod = parsePeriod(request.period, request.elapsed);
  if (!('tables' in read)) {
    // Only the sources' own problems: the columns they would have held are not missing.
    const issues = [...read.issues, ...parsedPeriod.issues.map((i) => describeIssue(i, lang))];
    const period = parsedPeriod.period ?? { label: request.period, elapsed: 0 };
    return { result: { format: 'standings/result@1', ruleSet: ruleSet.name, period, units: [], issues }, read: null };
  }
  const { store } = read;
  const periodLabel = parsedPeriod.period?.label ?? request.period.trim();
  const previous = previousRun(store, ruleSet.name, periodLabel);
  const previousRanks = previous === null ? undefined : Object.fromEntries(previous.units.map((u) => [u.unit, u.rank]));
  const evaluateTables = (tables: readonly Table[]): RunResult =>
    evaluate(ruleSet, tables.map(trimLeadingBlankRows), request.period, { ...options, ...(previousRanks ? { previousRanks } : {}) });
  const reevaluate = (cells: readonly DateCell[]): RunResult => evaluateTables(markDates(read.tables, cells));
  const dateScope = scopeOf(ruleSet, read.tables, true);
  let result = evaluateTables(read.tables);
  let dates = read.dates;
  if (dates !== undefined && (!deferDates || hasErrors(result.issues))) {
    // Every header cell: errors may show the headers.
    const found = await datesFound(port, dates, scopeOf(ruleSet, read.tables, false));
    if (found.length > 0) result = reevaluate(found);
    dates = undefined;
  }
  const kept = { ...(read.seen ? { seen: read.seen } : {}), ...(dates ? { dates } : {}) };
  return { result, read: { ruleSet, sources, store, previous, reevaluate, dateScope, ...kept } };
}

/**
 * Where a date changes the result: the columns the rule set reads, and each range's header row,
 * all of it or (`byName`, for a result without errors) the cells whose date would name a column
 * the rule set reads.
 */
function scopeOf(ruleSet: RuleSet, tables: readonly Table[], byName: boolean): DateScope[] {
  const names = byName ? [...columnKeysRead(ruleSet)] : null;
  return tables.map((table) => {
    const headerRow = table.values.length - trimLeadingBlankRows(table).values.length;
    return { headerRow, columns: columnsRead(ruleSet, table.values[headerRow] ?? []), ...(names ? { names } : {}) };
  });
}

/**
 * The dates among `dates` that matter (`found`, when a write already looked, else looked for
 * now). A header shown as a date names its column by the date's text, which the scope could not
 * foresee: then every cell is looked at.
 */
async function datesFound(port: WorkbookPort, dates: UncheckedDates, scope: readonly DateScope[], found?: readonly DateCell[]): Promise<readonly DateCell[]> {
  if (port.findDates === undefined) throw new Error('the port left dates unchecked but cannot find them');
  const cells = found ?? (await port.findDates(dates, scope));
  return cells.some((cell) => cell.row === scope[cell.table]?.headerRow) ? port.findDates(dates) : cells;
}

export async function runRanking(port: WorkbookPort, request: RunRequest): Promise<RunOutcome> {
  const { result, read } = await evaluateWorkbook(port, { ...request, explain: request.explain === true }, true);
  if (read === null || hasErrors(result.issues)) return { result, sheetNames: [] };
  return writeResult(port, request, read, result, read.dates);
}

type ReadForWrite = NonNullable<Evaluated['read']>;

/** The sheets and the store for `result`, as one write. */
function planRun(request: RunRequest, read: ReadForWrite, result: RunResult): { plans: SheetPlan[]; store: Store } {
  const { lang } = request;
  const { ruleSet, sources, store, previous } = read;
  const words = LABELS[lang];
  const [resultName, rulesName, explainName] = distinctSheetNames([
    resultSheetName(ruleSet.name, result.period.label),
    rulesSheetName(ruleSet.name, result.period.label, words.rulesSheetSuffix),
    explanationSheetName(ruleSet.name, result.period.label, lang),
  ]);
  const plans = [
    buildResultSheet({ result, ruleSet, lang, now: request.now, sheetName: resultName, hasPreviousRun: previous !== null }),
    buildRulesSheet({ ruleSet, period: result.period, sources, lang, sheetName: rulesName }),
  ];
  if (request.explain === true) {
    plans.push(buildExplanationSheet({ ruleSet: ruleSet.name, period: result.period, explanations: result.explanations ?? [], lang, sheetName: explainName }));
  }
  const run: StoredRun = {
    time: request.now.toISOString(),
    period: result.period,
    ruleSet: ruleSet.name,
    sources: [...sources],
    units: result.units.map((u) => ({ unit: u.unit, group: u.group, rank: u.rank, total: u.total })),
  };
  return { plans, store: { format: STORE_FORMAT, ruleSet, runs: [...(store?.runs ?? []), run] } };
}

/**
 * Writes `result`. With numbers still unchecked for dates (`dates`), the write looks at them
 * first; dates found change the result as they would have had the read seen them: errors where a
 * number belongs (nothing written), text elsewhere (a date in the unit column names the unit),
 * and the result is then written without them.
 */
async function writeResult(port: WorkbookPort, request: RunRequest, read: ReadForWrite, result: RunResult, dates: UncheckedDates | undefined): Promise<RunOutcome> {
  const { plans, store } = planRun(request, read, result);
  try {
    const unchecked = dates ? { dates, dateScope: read.dateScope } : {};
    await port.writeRun(plans, store, { replace: request.replace, ...(read.seen ? { seen: read.seen } : {}), ...unchecked });
  } catch (error) {
    if (dates === undefined) throw error;
    let cells: readonly DateCell[];
    if (error instanceof DatesFoundError) cells = await datesFound(port, dates, read.dateScope, error.cells);
    // Refused before the write looked: the dates' errors, if any, come before the question.
    else if (error instanceof SheetExistsError) cells = await datesFound(port, dates, read.dateScope);
    else throw error;
    const marked = cells.length > 0 ? read.reevaluate(cells) : result;
    if (hasErrors(marked.issues)) return { result: marked, sheetNames: [] };
    if (error instanceof SheetExistsError) throw error;
    return writeResult(port, request, read, marked, undefined);
  }
  return { result, sheetNames: plans.map((p) => p.name) };
}
