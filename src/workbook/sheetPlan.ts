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
  /** A bar chart of totals, drawn by hosts that can (Excel through Office.js). */
  chart: { title: string; categories: PlanRange; values: PlanRange } | null;
}
