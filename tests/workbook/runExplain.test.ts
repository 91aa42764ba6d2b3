// runRanking with `explain: true`: a third sheet explaining every unit, the explanations in the
// result, and the same rules as the other sheets for errors and existing sheets.
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../src/engine/address';
import { explanationText } from '../../src/engine/index';
import type { Table } from '../../src/engine/types';
import { SheetExistsError } from '../../src/workbook/errors';
import type { WorkbookPort } from '../../src/workbook/port';
import { runRanking } from '../../src/workbook/run';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import type { Store } from '../../src/workbook/store';

class MemoryPort implements WorkbookPort {
  writes: { sheets: SheetPlan[]; store: Store }[] = [];
  constructor(readonly sheets: Record<string, unknown[][]>) {}
  listSheets(): Promise<string[]> {
    return Promise.resolve(Object.keys(this.sheets));
  }
  readRanges(addresses: readonly string[]): Promise<Table[]> {
    return Promise.resolve(
      addresses.map((a) => {
        const ref = parseRange(a);
        if (ref === null || ref.sheet === null) throw new Error(`bad range ${a}`);
        const rows = (this.sheets[ref.sheet] ?? []).slice(ref.top - 1, ref.bottom).map((r) => r.slice(ref.left - 1, ref.right));
        return { sheet: ref.sheet, address: a.replace(/^.*!/, ''), values: rows };
      }),
    );
  }
  readStore(): Promise<Store | null> {
    return Promise.resolve(null);
  }
  writeRun(sheets: readonly SheetPlan[], store: Store, options: { replace: boolean }): Promise<void> {
    const existing = sheets.map((s) => s.name).filter((n) => n in this.sheets);
    if (existing.length > 0 && !options.replace) return Promise.reject(new SheetExistsError(existing));
    this.writes.push({ sheets: [...sheets], store });
    return Promise.resolve();
  }
}

const RULES = {
  format: 'standings/ruleset@1',
  name: '考核',
  unit: { column: '单位' },
  indicators: [{ id: 'x', label: '完成率', weight: 100, target: '计划', actual: '完成', method: { type: 'ratio' } }],
  sources: ['表!A1:C4'],
};
const DATA = [
  ['单位', '计划', '完成'],
  ['甲', 10, 9],
  ['=1+1', 10, 10],
  ['丙', 10, 5],
];
const NOW = new Date('2026-10-01T00:00:00Z');
const request = { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN' as const, replace: false, now: NOW, explain: true };

describe('runRanking with explain', () => {
  it('writes the result, rules and unit explanation sheets, and returns the explanations in row order', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { result, sheetNames } = await runRanking(port, request);
    expect(sheetNames).toEqual(['考核 2026Q3', '考核 2026Q3 说明', '考核 2026Q3 解释']);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0]?.sheets.map((s) => s.name)).toEqual(sheetNames);
    expect(result.explanations?.map((e) => e.unit)).toEqual(['=1+1', '甲', '丙']);
    expect(result.units.map((u) => u.unit)).toEqual(['=1+1', '甲', '丙']);
    const sheet = port.writes[0]?.sheets[2];
    const first = explanationText(result.explanations![0], 'zh-CN');
    expect(sheet?.values[4]).toEqual([first.title]);
    expect(first.title).toBe('=1+1：第 1 名，总分 100');
    // The stored run is the same as without explain.
    expect(port.writes[0]?.store.runs.map((r) => r.units.map((u) => u.unit))).toEqual([['=1+1', '甲', '丙']]);
  });

  it('in English names the sheet "explained"', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { sheetNames } = await runRanking(port, { ...request, lang: 'en' });
    expect(sheetNames).toEqual(['考核 2026Q3', '考核 2026Q3 rules', '考核 2026Q3 explained']);
  });

  it('a rule-set name that would make two sheets one gets distinct names (review regression)', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { sheetNames } = await runRanking(port, { ...request, lang: 'en', ruleSet: { ...RULES, name: 'ABCDEFGHIJKLMNOPQRSTU explained' } });
    expect(sheetNames).toEqual(['ABCDEFGHIJKLMNOPQRSTU explained', 'ABCDEFGHIJKLMNOPQRSTU exp rules', 'ABCDEFGHIJKLMNOPQRSTU expla (2)']);
  });

  it('without explain writes two sheets and no explanations', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { result, sheetNames } = await runRanking(port, { ...request, explain: false });
    expect(sheetNames).toEqual(['考核 2026Q3', '考核 2026Q3 说明']);
    expect(result.explanations).toBeUndefined();
  });

  it('writes nothing when the data has errors', async () => {
    const port = new MemoryPort({ 表: [...DATA.slice(0, 3), ['丙', 10, true]] });
    const { result, sheetNames } = await runRanking(port, request);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.cell ?? ''}`)).toEqual(['not-a-number 表!C4']);
    expect(result.units).toEqual([]);
    expect(sheetNames).toEqual([]);
    expect(port.writes).toEqual([]);
  });

  it('refuses an existing explanation sheet unless asked to replace it, writing nothing', async () => {
    const port = new MemoryPort({ 表: DATA, '考核 2026Q3 解释': [] });
    const refused = runRanking(port, request);
    await expect(refused).rejects.toBeInstanceOf(SheetExistsError);
    await expect(refused).rejects.toMatchObject({ sheets: ['考核 2026Q3 解释'] });
    expect(port.writes).toEqual([]);
    const { sheetNames } = await runRanking(port, { ...request, replace: true });
    expect(sheetNames).toEqual(['考核 2026Q3', '考核 2026Q3 说明', '考核 2026Q3 解释']);
    expect(port.writes).toHaveLength(1);
  });
});
