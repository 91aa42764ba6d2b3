// Where a sheet plan's strings are, as few rectangles as possible. Every string cell must be in
// Text format before its value is written (textCells.ts), and one rectangle set to `@` in a
// single command costs a command's overhead, while a per-cell mask costs ~12 bytes a cell: for
// a result sheet, a few dozen rectangles against megabytes of masks.
import type { PlanRange, PlanValue } from '../sheetPlan';

/**
 * Rectangles covering every string cell and no number or boolean. Empty cells may fall inside
 * (their format does not matter: they are written as ""). Each column is cut into runs of
 * strings and blanks that start and end on a string; side-by-side columns with the same run
 * join into one rectangle.
 */
export function textRanges(values: readonly (readonly PlanValue[])[]): PlanRange[] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const open = new Map<string, PlanRange>();
  const done: PlanRange[] = [];
  for (let col = 0; col < width; col++) {
    const runs = columnRuns(values, col);
    const next = new Map<string, PlanRange>();
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const left = open.get(key);
      if (left !== undefined) {
        left.right = col;
        open.delete(key);
        next.set(key, left);
      } else next.set(key, { top, bottom, left: col, right: col });
    }
    done.push(...open.values());
    open.clear();
    for (const [key, range] of next) open.set(key, range);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** [top, bottom] of each run of strings and blanks in `col` that holds a string, trimmed to strings. */
function columnRuns(values: readonly (readonly PlanValue[])[], col: number): [number, number][] {
  const runs: [number, number][] = [];
  let first = -1;
  let last = -1;
  values.forEach((row, r) => {
    const v = row[col] ?? null;
    if (typeof v === 'string') {
      if (first < 0) first = r;
      last = r;
    } else if (v !== null && first >= 0) {
      runs.push([first, last]);
      first = -1;
    }
  });
  if (first >= 0) runs.push([first, last]);
  return runs;
}
