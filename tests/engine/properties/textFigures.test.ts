// Figures typed as text (`"12.5"`, `"1,234.5"`) leave the quick reader (plainFigures.ts) for the
// column reader; they must score exactly as the same numbers typed as numbers, in one scope or
// per group, with every method.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import type { Table } from '../../../src/engine/types';
import { ALL_METHODS, genLayout, genModel, SEED, toTables, type GenValue } from './workbook';

const FIGURE_COLUMN = /^(目标|完成)\d+$/;

/** As an office might type it: plain, or with thousands separators. */
const asText = (v: number, grouped: boolean): string => (grouped ? v.toLocaleString('en-US', { maximumFractionDigits: 20 }) : String(v));

/** The tables with about half the figure cells turned into text. */
function withTextFigures(g: GenValue, tables: readonly Table[]): { tables: Table[]; changed: number } {
  let changed = 0;
  const out = tables.map((table) => {
    const header = table.values[0] ?? [];
    const figureColumns = header.map((h, c) => (typeof h === 'string' && FIGURE_COLUMN.test(h) ? c : -1)).filter((c) => c >= 0);
    const values = table.values.map((row, r) =>
      r === 0
        ? row
        : row.map((v, c) => {
            if (typeof v !== 'number' || !figureColumns.includes(c) || !g(fc.boolean)) return v;
            changed++;
            return asText(v, g(fc.boolean));
          }),
    );
    return { ...table, values };
  });
  return { tables: out, changed };
}

describe('figures typed as text', () => {
  it('score, total, rank and tier as the same numbers do (500 workbooks)', () => {
    let cellsChanged = 0;
    let ranked = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS, maxUnits: 12, tiers: true });
        const tables = toTables(model, genLayout(g, model));
        const text = withTextFigures(g, tables);
        cellsChanged += text.changed;
        const asNumbers = evaluate(model.ruleSet, tables, model.period);
        const asTexts = evaluate(model.ruleSet, text.tables, model.period);
        if (asNumbers.units.length > 0) ranked++;
        expect(asTexts.units).toEqual(asNumbers.units);
        expect(asTexts.issues.filter((i) => i.code !== 'text-as-number')).toEqual(asNumbers.issues);
      }),
      { seed: SEED, numRuns: 500 },
    );
    // Most workbooks rank (the rest fail alike, on errors a model may draw).
    expect(ranked).toBeGreaterThan(400);
    expect(cellsChanged).toBeGreaterThan(1000);
  });
});
