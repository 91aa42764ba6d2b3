// The rank history sheet (issue 7) as a host-independent plan: title lines, a two-row frozen
// header (unit, group, then the periods once under "rank" and once under "total"), a row per
// unit, and a line chart of ranks over periods with rank 1 at the top.
import type { Lang } from '../../engine/types';
import type { RankHistory } from '../history';
import type { LineChartPlan, PlanRange, PlanValue, SheetPlan } from '../sheetPlan';
import { columnWidths } from './columnWidths';
import { LABELS } from './labels';
import { decimalsFormat } from './numbers';
import { HEADER_FILL, RANK_FORMAT } from './resultSheet';
import { rulesSheetName } from './sheetName';

/** 0-based: title, periods line, note, a blank line, then the two header rows. */
export const HISTORY_HEADER_ROW = 4;
export const HISTORY_FIRST_DATA_ROW = HISTORY_HEADER_ROW + 2;
/** Excel draws at most 255 series in a chart; with more units the sheet has the table only. */
export const MAX_CHART_SERIES = 255;
/** Rows and columns the chart covers, below the table. */
const CHART_ROWS = 20;
const CHART_COLUMNS = 10;
const MAX_TOTAL_DECIMALS = 4;

/** `{rule set} 排名走势`: sanitised and cut to 31 characters as the other sheet names are. */
export function historySheetName(ruleSetName: string, lang: Lang): string {
  // With an empty period the rules-sheet rule gives `{name} {suffix}`, cutting the name only.
  return rulesSheetName(ruleSetName, '', LABELS[lang].history.sheetSuffix);
}

/** Decimals `x` shows without float noise, at most 4: 92.5 → 1. */
function decimalsOf(x: number): number {
  let d = 0;
  const off = (scaled: number): boolean => Math.abs(scaled - Math.round(scaled)) > 1e-9 * Math.max(1, Math.abs(scaled));
  while (d < MAX_TOTAL_DECIMALS && off(x * 10 ** d)) d++;
  return d;
}

/** Decimals the totals need (they were rounded by the rule set's precision). */
export function totalDecimals(history: RankHistory): number {
  let decimals = 0;
  for (const row of history.rows) for (const cell of row.cells) if (cell !== null) decimals = Math.max(decimals, decimalsOf(cell.total));
  return decimals;
}

export interface HistorySheetInput {
  history: RankHistory;
  lang: Lang;
  sheetName: string;
}

export function buildHistorySheet(input: HistorySheetInput): SheetPlan {
  const { history } = input;
  const words = LABELS[input.lang];
  const n = history.periods.length;
  const lead = history.grouped ? 2 : 1;
  const rankLeft = lead;
  const totalLeft = lead + n;
  const width = lead + 2 * n;
  const last = width - 1;
  const rowCount = history.rows.length;
  const lastRow = HISTORY_FIRST_DATA_ROW + rowCount - 1;
  const blank = (): PlanValue[] => new Array<PlanValue>(width).fill(null);
  const titled = (text: string): PlanValue[] => [text, ...blank().slice(1)];
  const labels = history.periods.map((p) => p.label);

  const headerTop = blank();
  const headerBottom = blank();
  headerTop[0] = words.unit;
  if (history.grouped) headerTop[1] = words.group;
  if (n > 0) {
    headerTop[rankLeft] = words.rank;
    headerTop[totalLeft] = words.total;
  }
  labels.forEach((label, i) => {
    headerBottom[rankLeft + i] = label;
    headerBottom[totalLeft + i] = label;
  });
  const dataRows = history.rows.map((row) => {
    const line = blank();
    line[0] = row.unit;
    if (history.grouped) line[1] = row.group;
    row.cells.forEach((cell, i) => {
      line[rankLeft + i] = cell?.rank ?? null;
      line[totalLeft + i] = cell?.total ?? null;
    });
    return line;
  });
  const first = labels[0];
  const final = labels.at(-1);
  const values: PlanValue[][] = [
    titled(words.history.title(history.ruleSet)),
    titled(first === undefined || final === undefined ? '' : words.history.periodsLine({ count: n, first, last: final })),
    titled(words.history.note),
    blank(),
    headerTop,
    headerBottom,
    ...dataRows,
  ];

  const block = (left: number): PlanRange => ({ top: HISTORY_FIRST_DATA_ROW, left, bottom: lastRow, right: left + n - 1 });
  const header: PlanRange = { top: HISTORY_HEADER_ROW, left: 0, bottom: HISTORY_HEADER_ROW + 1, right: last };
  const totalFormat = decimalsFormat(totalDecimals(history));
  const hasCells = rowCount > 0 && n > 0;
  const merges: PlanRange[] = [];
  for (let c = 0; c < lead; c++) merges.push({ top: HISTORY_HEADER_ROW, left: c, bottom: HISTORY_HEADER_ROW + 1, right: c });
  if (n > 1) {
    for (const left of [rankLeft, totalLeft]) merges.push({ top: HISTORY_HEADER_ROW, left, bottom: HISTORY_HEADER_ROW, right: left + n - 1 });
  }
  const formats = Array.from({ length: width }, (_, c) => (c < lead ? undefined : c < totalLeft ? RANK_FORMAT : totalFormat));

  return {
    name: input.sheetName,
    values,
    numberFormats: hasCells
      ? [
          { range: block(rankLeft), format: RANK_FORMAT },
          { range: block(totalLeft), format: totalFormat },
        ]
      : [],
    fills: [{ range: header, color: HEADER_FILL }],
    bold: [{ top: 0, left: 0, bottom: 0, right: 0 }, header],
    merges,
    freeze: { rows: HISTORY_FIRST_DATA_ROW, columns: lead },
    columnWidths: columnWidths(values, width, { fromRow: HISTORY_HEADER_ROW, max: 40, formats }),
    dataBar: null,
    chart: hasCells && rowCount <= MAX_CHART_SERIES ? rankChart(input, rankLeft, lastRow) : null,
  };
}

function rankChart(input: HistorySheetInput, rankLeft: number, lastRow: number): LineChartPlan {
  const { history } = input;
  const words = LABELS[input.lang].history;
  const right = rankLeft + history.periods.length - 1;
  const top = lastRow + 2;
  return {
    kind: 'line',
    title: words.chartTitle(history.ruleSet),
    categories: { top: HISTORY_HEADER_ROW + 1, left: rankLeft, bottom: HISTORY_HEADER_ROW + 1, right },
    series: history.rows.map((row, i) => {
      const r = HISTORY_FIRST_DATA_ROW + i;
      return { name: row.unit, values: { top: r, left: rankLeft, bottom: r, right } };
    }),
    valueAxis: { title: words.axisTitle, reversed: true, minimum: 1 },
    position: { top, left: 0, bottom: top + CHART_ROWS - 1, right: CHART_COLUMNS - 1 },
  };
}
