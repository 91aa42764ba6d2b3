// The result sheet of spec 4.1 as a host-independent plan: title lines, a frozen header, one row
// per unit in result order, number formats, tier fills, a data bar and a chart of totals.
import type { RuleSet } from '../../engine/ruleset/schema';
import type { Lang, RunResult, TierKind, UnitResult } from '../../engine/types';
import type { PlanRange, PlanValue, SheetPlan } from '../sheetPlan';
import { columnWidths } from './columnWidths';
import { LABELS, type Labels } from './labels';
import { decimalsFormat, percent } from './numbers';

export const TITLE_ROWS = 3;
/** 0-based row of the header: three title lines, a blank line, then the header. */
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export const TIER_FILLS: Readonly<Record<TierKind, string | null>> = {
  reward: '#C6EFCE',
  penalty: '#FFC7CE',
  neutral: null,
};
export const HEADER_FILL = '#DDEBF7';
export const DATA_BAR_COLOR = '#5B9BD5';
export const RATE_FORMAT = '0.0%';
export const RANK_FORMAT = '0';

export interface ResultSheetInput {
  result: RunResult;
  ruleSet: RuleSet;
  lang: Lang;
  /** Time of the run, shown in the title lines (local time). */
  now: Date;
  sheetName: string;
  /** A previous run of the same rule set exists, so a unit without a previous rank is new. */
  hasPreviousRun: boolean;
}

interface Column {
  header: string;
  format?: string;
  value: (u: UnitResult) => PlanValue;
  role?: 'unit' | 'total';
}

export function formatRunTime(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

export function rankChange(words: Labels, rank: number, previous: number | null, hasPreviousRun: boolean): string | null {
  if (previous === null) return hasPreviousRun ? words.changeNew : null;
  const up = previous - rank;
  if (up > 0) return words.changeUp(up);
  if (up < 0) return words.changeDown(-up);
  return words.changeSame;
}

function columnsFor(input: ResultSheetInput, words: Labels): Column[] {
  const { ruleSet } = input;
  const scoreFormat = decimalsFormat(ruleSet.total?.precision ?? 2);
  const columns: Column[] = [
    { header: words.rank, format: RANK_FORMAT, value: (u) => u.rank },
    { header: words.unit, value: (u) => u.unit, role: 'unit' },
  ];
  if (ruleSet.unit.groupColumn !== undefined) columns.push({ header: words.group, value: (u) => u.group });
  for (const ind of ruleSet.indicators) {
    const label = ind.label ?? ind.id;
    const of = (u: UnitResult) => u.indicators[ind.id];
    if (ind.target !== undefined) columns.push({ header: words.target(label), value: (u) => of(u)?.target ?? null });
    columns.push({ header: words.actual(label), value: (u) => of(u)?.actual ?? null });
    if (ind.target !== undefined) columns.push({ header: words.rate(label), format: RATE_FORMAT, value: (u) => of(u)?.rate ?? null });
    columns.push({ header: words.score(label), format: scoreFormat, value: (u) => of(u)?.score ?? null });
  }
  const kinds = new Set((ruleSet.adjustments ?? []).map((a) => a.type));
  if (kinds.has('bonus')) columns.push({ header: words.bonus, format: scoreFormat, value: (u) => u.bonus });
  if (kinds.has('deduction')) columns.push({ header: words.deduction, format: scoreFormat, value: (u) => u.deduction });
  columns.push(
    { header: words.total, format: scoreFormat, value: (u) => u.total, role: 'total' },
    { header: words.tier, value: (u) => u.tier },
    { header: words.change, value: (u) => rankChange(words, u.rank, u.previousRank, input.hasPreviousRun) },
    { header: words.notes, value: (u) => (u.veto === null ? null : words.vetoNote(u.veto)) },
  );
  return columns;
}

export function buildResultSheet(input: ResultSheetInput): SheetPlan {
  const words = LABELS[input.lang];
  const { result } = input;
  const columns = columnsFor(input, words);
  const last = columns.length - 1;
  const units = result.units;
  const lastRow = FIRST_DATA_ROW + units.length - 1;
  const row = (r: number): PlanRange => ({ top: r, left: 0, bottom: r, right: last });
  const column = (c: number): PlanRange => ({ top: FIRST_DATA_ROW, left: c, bottom: lastRow, right: c });
  const blankRow = (): PlanValue[] => new Array<PlanValue>(columns.length).fill(null);
  const titled = (text: string): PlanValue[] => [text, ...blankRow().slice(1)];

  const values: PlanValue[][] = [
    titled(result.ruleSet),
    titled(words.periodLine({ period: result.period.label, elapsed: percent(result.period.elapsed) })),
    titled(words.runLine({ time: formatRunTime(input.now) })),
    blankRow(),
    columns.map((c) => c.header),
    ...units.map((u) => columns.map((c) => c.value(u))),
  ];

  const hasRows = units.length > 0;
  const numberFormats = hasRows
    ? columns.flatMap((c, i) => (c.format === undefined ? [] : [{ range: column(i), format: c.format }]))
    : [];
  const fills = [{ range: row(HEADER_ROW), color: HEADER_FILL }];
  units.forEach((u, i) => {
    const color = u.tierKind === null ? null : TIER_FILLS[u.tierKind];
    if (color !== null) fills.push({ range: row(FIRST_DATA_ROW + i), color });
  });
  const totalColumn = columns.findIndex((c) => c.role === 'total');
  const unitColumn = columns.findIndex((c) => c.role === 'unit');
  const merges = last > 0 ? [0, 1, 2].map(row) : [];

  return {
    name: input.sheetName,
    values,
    numberFormats,
    fills,
    bold: [{ top: 0, left: 0, bottom: 0, right: 0 }, row(HEADER_ROW)],
    merges,
    freeze: { rows: FIRST_DATA_ROW, columns: unitColumn + 1 },
    columnWidths: columnWidths(values, columns.length, { fromRow: HEADER_ROW, max: 40, formats: columns.map((c) => c.format) }),
    dataBar: hasRows ? { range: column(totalColumn), color: DATA_BAR_COLOR } : null,
    chart: hasRows
      ? { title: words.chartTitle({ name: result.ruleSet, period: result.period.label }), categories: column(unitColumn), values: column(totalColumn) }
      : null,
  };
}
