// Small builders for the adapter tests: a result-like sheet plan and a store.
import type { PlanValue, SheetPlan } from '../../../src/workbook/sheetPlan';
import { STORE_FORMAT, type Store } from '../../../src/workbook/store';

/** A result-shaped plan: title row, header row, one row per unit, with every kind of formatting. */
export function resultPlan(name: string, units: readonly string[]): SheetPlan {
  const header: PlanValue[] = ['排名', '单位', '得分', '等次'];
  const rows: PlanValue[][] = units.map((unit, i) => [i + 1, unit, 100 - i * 0.5, i < 3 ? '表彰' : null]);
  const last = rows.length + 1;
  return {
    name,
    values: [['重点项目推进考核 2026Q3'], header, ...rows],
    numberFormats: [{ range: { top: 2, left: 2, bottom: last, right: 2 }, format: '0.00' }],
    fills: [{ range: { top: 2, left: 0, bottom: Math.min(4, last), right: 3 }, color: '#C6EFCE' }],
    bold: [{ top: 1, left: 0, bottom: 1, right: 3 }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    freeze: { rows: 2, columns: 2 },
    columnWidths: [6, 14, 8, 8],
    dataBar: { range: { top: 2, left: 2, bottom: last, right: 2 }, color: '#638EC6' },
    chart: { title: '得分', categories: { top: 2, left: 1, bottom: last, right: 1 }, values: { top: 2, left: 2, bottom: last, right: 2 } },
  };
}

export function unitNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `单位${String(i + 1).padStart(3, '0')}`);
}

export function storeWith(ruleSetName: string, units: readonly string[]): Store {
  return {
    format: STORE_FORMAT,
    ruleSet: { format: 'standings/ruleset@1', name: ruleSetName },
    runs: [
      {
        time: '2026-10-08T09:30:00+08:00',
        period: { label: '2026Q3', elapsed: 0.75 },
        ruleSet: ruleSetName,
        sources: ['目标!A1:E21'],
        units: units.map((unit, i) => ({ unit, group: null, rank: i + 1, total: 100 - i })),
      },
    ],
  };
}
