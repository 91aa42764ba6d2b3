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

describe('figures typed as text in a long range', () => {
  // Hundreds of units: the quick reader takes them in blocks, indicator by indicator, and hands
  // the rest to the long way unit by unit; issues must still come in row order.
  const UNITS = 700;
  const ruleSet = {
    format: 'standings/ruleset@1',
    name: '长表',
    unit: { column: '单位' },
    indicators: [
      { id: 'a', weight: 40, target: '目标1', actual: '完成1', method: { type: 'ratio', cap: 1.2 } },
      { id: 'b', weight: 30, target: '目标2', actual: '完成2', method: { type: 'schedule', penaltyPerPoint: 0.5 } },
      { id: 'c', weight: 30, actual: '完成3', method: { type: 'perUnit', points: 2 } },
    ],
  };
  const header = ['单位', '目标1', '完成1', '目标2', '完成2', '完成3'];
  const numbers = Array.from({ length: UNITS }, (_, u) => [`单位${u + 1}`, 100 + (u % 13), 37 + ((u * 7) % 90), 50 + (u % 5), (u * 3) % 61, u % 9]);
  const table = (rows: unknown[][]): Table => ({ sheet: '完成情况', address: `A1:F${rows.length + 1}`, values: [header, ...rows] });
  const texted = (wrong: boolean): unknown[][] =>
    numbers.map((row, u) =>
      row.map((v, c) => {
        if (c === 0 || (u * 5 + c) % 7 !== 0) return v;
        return wrong && (u + c) % 3 === 0 ? '约一百' : String(v);
      }),
    );
  const rowOf = (cell: string | undefined): number => Number(/(\d+)$/.exec(cell ?? '')?.[1]);
  const columnOf = (cell: string | undefined): string => /!([A-Z]+)/.exec(cell ?? '')?.[1] ?? '';

  it('scores as the same numbers, warning cell by cell in row order', () => {
    const asNumbers = evaluate(ruleSet, [table(numbers)], '2026Q3');
    const asTexts = evaluate(ruleSet, [table(texted(false))], '2026Q3');
    expect(asNumbers.units).toHaveLength(UNITS);
    expect(asTexts.units).toEqual(asNumbers.units);
    const cells = asTexts.issues.map((i) => i.cell);
    expect(cells.length).toBeGreaterThan(UNITS / 3);
    const order = cells.map((cell) => [rowOf(cell), columnOf(cell)] as const);
    expect(order).toEqual([...order].sort((p, q) => p[0] - q[0] || p[1].localeCompare(q[1])));
  });

  it('reports every wrong cell at once, in row order', () => {
    const r = evaluate(ruleSet, [table(texted(true))], '2026Q3');
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(r.units).toEqual([]);
    expect(errors.length).toBeGreaterThan(50);
    const order = errors.map((i) => [rowOf(i.cell), columnOf(i.cell)] as const);
    expect(order).toEqual([...order].sort((p, q) => p[0] - q[0] || p[1].localeCompare(q[1])));
  });
});
