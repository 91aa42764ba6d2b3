// A host-independent description of a sheet to write: both adapters render the same plan, so the
// add-in and the CLI produce the same result sheet.

export type PlanValue = string | number | boolean | null;

export interface PlanRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  /** Final sheet name (already sanitised and cut to 31 characters). */
  name: string;
  /** Cells from A1; strings are always text, never formulas. */
  values: PlanValue[][];
  numberFormats: { range: PlanRange; format: string }[];
  fills: { range: PlanRange; color: string }[];
  bold: PlanRange[];
  merges: PlanRange[];
  /** Rows and columns kept in view. */
  freeze: { rows: number; columns: number } | null;
  /** Width of each column in characters. */
  columnWidths: number[];
  dataBar: { range: PlanRange; color: string } | null;
  /** A chart, drawn by hosts that can (Excel through Office.js); the .xlsx adapter leaves it out. */
  chart: BarChartPlan | LineChartPlan | null;
}

/** A bar chart of one column of values (the result sheet's totals), one bar per category. */
export interface BarChartPlan {
  kind?: 'bar';
  title: string;
  categories: PlanRange;
  values: PlanRange;
}

/** A line chart with markers: one line per series over the same categories (ranks over periods). */
export interface LineChartPlan {
  kind: 'line';
  title: string;
  /** One row or column of labels along the horizontal axis. */
  categories: PlanRange;
  /** Each a row or column as long as `categories`; blank cells are gaps in the line. */
  series: { name: string; values: PlanRange }[];
  valueAxis: {
    title: string;
    /** Reversed: the smallest value at the top (rank 1), the categories still along the bottom. */
    reversed: boolean;
    minimum: number | null;
  };
  /** The cells the chart covers; null leaves the place to the host. */
  position: PlanRange | null;
}

/** A plan of values only: no formats, fills, merges, widths, frozen panes or chart. */
export function bareSheetPlan(name: string, values: PlanValue[][]): SheetPlan {
  return { name, values, numberFormats: [], fills: [], bold: [], merges: [], freeze: null, columnWidths: [], dataBar: null, chart: null };
}
