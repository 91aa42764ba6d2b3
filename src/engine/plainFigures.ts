// The common case of reading figures, without the column reader's bookkeeping: each column in
// one range, every figure a finite number, every target positive. A unit's row is fetched once
// per range and its cells are read straight from it; any other cell goes the long way
// (readFigures in score.ts), which reports what is wrong with it.
import type { Figures } from './figures';
import type { ColumnSource, JoinedTables } from './join';

/** Where an indicator's figures are when each column is in one range. */
export interface DirectColumns {
  /** Null when the indicator has no target column. */
  target: ColumnSource | null;
  actual: ColumnSource;
}

/**
 * Reads the plain figures of every unit: the scored value (the rate, or the actual) goes into
 * `score`, where the scorer turns it into points without another pass. With one range, target and
 * actual stay in its cells until asked for (Figures.keepInCells); with several, they are copied
 * into the columns. Returns the cells left for the long way, as `unit × indicators + indicator`,
 * in unit order.
 */
export function readPlainFigures(joined: JoinedTables, direct: readonly (DirectColumns | null)[], figures: readonly Figures[]): number[] {
  const count = direct.length;
  const n = joined.units.key.length;
  const aTable = Int32Array.from(direct, (d) => (d === null ? -1 : d.actual.table));
  const aCol = Int32Array.from(direct, (d) => (d === null ? 0 : d.actual.col));
  const tTable = Int32Array.from(direct, (d) => (d?.target ? d.target.table : -1));
  const tCol = Int32Array.from(direct, (d) => (d?.target ? d.target.col : 0));
  const xs = figures.map((f) => f.score);
  const values = joined.tables.map((t) => t.values);
  const rows = joined.rows;
  const slow: number[] = [];
  if (values.length === 1) {
    readOneRange(n, values[0], rows[0], aTable, aCol, tTable, tCol, xs, slow);
    figures.forEach((f, i) => {
      if (aTable[i] >= 0) f.keepInCells({ values: values[0], rows: rows[0], target: tTable[i] < 0 ? -1 : tCol[i], actual: aCol[i] });
    });
    return slow;
  }
  const targets = figures.map((f) => f.target);
  const actuals = figures.map((f) => f.actual);
  const rowArrays = new Array<readonly unknown[] | undefined>(values.length).fill(undefined);
  for (let u = 0; u < n; u++) {
    for (let t = 0; t < values.length; t++) {
      const r = rows[t][u];
      rowArrays[t] = r < 0 ? undefined : values[t][r];
    }
    for (let i = 0; i < count; i++) {
      const at = aTable[i];
      const a = at < 0 ? undefined : rowArrays[at]?.[aCol[i]];
      // x − x is 0 for finite numbers only (NaN and ±Infinity give NaN).
      if (typeof a !== 'number' || a - a !== 0) {
        slow.push(u * count + i);
        continue;
      }
      const tt = tTable[i];
      if (tt < 0) {
        targets[i][u] = NaN;
        actuals[i][u] = a;
        xs[i][u] = a;
        continue;
      }
      const t = rowArrays[tt]?.[tCol[i]];
      if (typeof t !== 'number' || !(t > 0) || t - t !== 0) {
        slow.push(u * count + i);
        continue;
      }
      const x = a / t;
      if (x - x !== 0) {
        slow.push(u * count + i);
        continue;
      }
      targets[i][u] = t;
      actuals[i][u] = a;
      xs[i][u] = x;
    }
  }
  return slow;
}

/**
 * Units a block in readOneRange: their rows stay in the cache while each indicator's scored values
 * are filled, so every column is written in order (writing the columns a row at a time cost a
 * third more, measured at 100,000 units).
 */
const BLOCK = 256;

/** readPlainFigures for one range (the common case): each unit's row straight from its index. */
function readOneRange(n: number, values: readonly (readonly unknown[])[], rows: Int32Array, aTable: Int32Array, aCol: Int32Array, tTable: Int32Array, tCol: Int32Array, xs: Float64Array[], slow: number[]): void {
  const count = aCol.length;
  const blockSlow: number[] = [];
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    for (let i = 0; i < count; i++) {
      const x = xs[i];
      const ac = aCol[i];
      const tc = tCol[i];
      const noActual = aTable[i] < 0;
      const noTarget = tTable[i] < 0;
      for (let u = start; u < end; u++) {
        // With one range every unit has its row there.
        const row = values[rows[u]];
        const a = noActual ? undefined : row[ac];
        if (typeof a !== 'number' || a - a !== 0) {
          blockSlow.push(u * count + i);
          continue;
        }
        if (noTarget) {
          x[u] = a;
          continue;
        }
        const t = row[tc];
        if (typeof t !== 'number' || !(t > 0) || t - t !== 0) {
          blockSlow.push(u * count + i);
          continue;
        }
        const rate = a / t;
        if (rate - rate !== 0) {
          blockSlow.push(u * count + i);
          continue;
        }
        x[u] = rate;
      }
    }
    // Found indicator by indicator; the long way takes them unit by unit.
    if (blockSlow.length > 0) {
      blockSlow.sort((p, q) => p - q);
      for (const cell of blockSlow) slow.push(cell);
      blockSlow.length = 0;
    }
  }
}
