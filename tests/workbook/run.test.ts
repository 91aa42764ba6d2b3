// runRanking through an in-memory port: what it reads, what it writes, and when it writes nothing.
import { describe, expect, it } from 'vitest';
import { cellAddress, parseRange } from '../../src/engine/address';
import type { Table } from '../../src/engine/types';
import { SheetExistsError } from '../../src/workbook/errors';
import type { RunInputs, SheetsSeen, WorkbookPort, WriteOptions } from '../../src/workbook/port';
import { previousRun, runRanking } from '../../src/workbook/run';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { STORE_FORMAT, type Store, type StoredRun } from '../../src/workbook/store';

class MemoryPort implements WorkbookPort {
  writes: { sheets: SheetPlan[]; store: Store; replace: boolean }[] = [];
  reads: string[][] = [];
  constructor(
    readonly sheets: Record<string, unknown[][]>,
    public store: Store | null = null,
  ) {}
  listSheets(): Promise<string[]> {
    return Promise.resolve(Object.keys(this.sheets));
  }
  readRanges(addresses: readonly string[]): Promise<Table[]> {
    this.reads.push([...addresses]);
    return Promise.resolve(
      addresses.map((a) => {
        const ref = parseRange(a)!;
        const rows = this.sheets[ref.sheet!].slice(ref.top - 1, ref.bottom).map((r) => r.slice(ref.left - 1, ref.right));
        return { sheet: ref.sheet!, address: a.replace(/^.*!/, ''), values: rows };
      }),
    );
  }
  readStore(): Promise<Store | null> {
    return Promise.resolve(this.store);
  }
  writeRun(sheets: readonly SheetPlan[], store: Store, options: { replace: boolean }): Promise<void> {
    const existing = sheets.map((s) => s.name).filter((n) => n in this.sheets);
    if (existing.length > 0 && !options.replace) return Promise.reject(new SheetExistsError(existing));
    this.writes.push({ sheets: [...sheets], store, replace: options.replace });
    return Promise.resolve();
  }
}

const RULES = {
  format: 'standings/ruleset@1',
  name: '考核',
  unit: { column: '单位' },
  indicators: [{ id: 'x', weight: 100, target: '计划', actual: '完成', method: { type: 'ratio' } }],
  sources: ['表!A1:C4'],
};
const DATA = [
  ['单位', '计划', '完成'],
  ['甲', 10, 9],
  ['乙', 10, 10],
  ['丙', 10, 5],
];
const NOW = new Date('2026-10-01T00:00:00Z');
const storedRun = (label: string, time: string, ranks: Record<string, number>, ruleSet = '考核'): StoredRun => ({
  time,
  period: { label, elapsed: 0.5 },
  ruleSet,
  sources: [],
  units: Object.entries(ranks).map(([unit, rank]) => ({ unit, group: null, rank, total: 0 })),
});

describe('runRanking', () => {
  it('reads the rule set sources, writes the result and explanation sheets and appends the run', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { result, sheetNames } = await runRanking(port, { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN', replace: false, now: NOW });
    expect(result.units.map((u) => [u.unit, u.rank, u.total])).toEqual([['乙', 1, 100], ['甲', 2, 90], ['丙', 3, 50]]);
    expect(sheetNames).toEqual(['考核 2026Q3', '考核 2026Q3 说明']);
    expect(port.reads).toEqual([['表!A1:C4']]);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0].sheets.map((s) => s.name)).toEqual(sheetNames);
    expect(port.writes[0].store).toEqual({
      format: STORE_FORMAT,
      ruleSet: RULES,
      runs: [{ time: '2026-10-01T00:00:00.000Z', period: { label: '2026Q3', elapsed: 0.75 }, ruleSet: '考核', sources: ['表!A1:C4'], units: [
        { unit: '乙', group: null, rank: 1, total: 100 },
        { unit: '甲', group: null, rank: 2, total: 90 },
        { unit: '丙', group: null, rank: 3, total: 50 },
      ] }],
    });
  });

  it('--source overrides the rule set sources; leading blank rows are skipped with addresses kept right', async () => {
    const port = new MemoryPort({ 表: DATA, 新表: [[null, null, null], ['', '', ''], ...DATA.slice(0, 2), ['丙', 10, 'abc']] });
    const { result } = await runRanking(port, { ruleSet: RULES, sources: ['新表!A1:C5'], period: '2026Q3', lang: 'en', replace: false, now: NOW });
    expect(result.units).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['not-a-number', cellAddress('新表', 5, 3)]]);
    expect(port.writes).toEqual([]);
  });

  it('a source on a missing sheet is an error naming the source, and nothing is read or written', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { result, sheetNames } = await runRanking(port, { ruleSet: RULES, sources: ['没有!A1:C4'], period: '2026Q3', lang: 'en', replace: false, now: NOW });
    expect(sheetNames).toEqual([]);
    expect(result.units).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path, i.message])).toEqual([
      ['bad-range', 'sources[0]', 'range 没有!A1:C4 is on sheet "没有", which the workbook does not have'],
    ]);
    expect(port.reads).toEqual([]);
    expect(port.writes).toEqual([]);
  });

  it('an invalid rule set reads nothing and writes nothing', async () => {
    const port = new MemoryPort({ 表: DATA });
    const { result } = await runRanking(port, { ruleSet: { ...RULES, indicators: [] }, period: '2026Q3', lang: 'en', replace: false, now: NOW });
    expect(result.issues.map((i) => i.path)).toEqual(['indicators']);
    expect(port.reads).toEqual([]);
    expect(port.writes).toEqual([]);
  });

  it('compares with the latest earlier run of the same rule set name', async () => {
    const store: Store = {
      format: STORE_FORMAT,
      ruleSet: RULES,
      runs: [
        storedRun('2026Q1', '2026-04-01T00:00:00Z', { 甲: 3, 乙: 2, 丙: 1 }),
        storedRun('2026Q2', '2026-07-01T00:00:00Z', { 甲: 1, 乙: 3 }),
        storedRun('2026Q2', '2026-07-02T00:00:00Z', { 甲: 1, 乙: 1, 丙: 1 }, '别的考核'),
      ],
    };
    const port = new MemoryPort({ 表: DATA }, store);
    const { result } = await runRanking(port, { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN', replace: false, now: NOW });
    expect(result.units.map((u) => [u.unit, u.previousRank])).toEqual([['乙', 3], ['甲', 1], ['丙', null]]);
    expect(port.writes[0].store.runs.map((r) => r.period.label)).toEqual(['2026Q1', '2026Q2', '2026Q2', '2026Q3']);
    const sheet = port.writes[0].sheets[0];
    const change = sheet.values[4].indexOf('名次变化');
    expect(sheet.values.slice(5).map((r) => r[change])).toEqual(['↑2', '↓1', '新']);
  });

  it('refuses existing sheets unless asked to replace them', async () => {
    const port = new MemoryPort({ 表: DATA, '考核 2026Q3': [] });
    await expect(runRanking(port, { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN', replace: false, now: NOW })).rejects.toBeInstanceOf(SheetExistsError);
    expect(port.writes).toEqual([]);
    await runRanking(port, { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN', replace: true, now: NOW });
    expect(port.writes.map((w) => w.replace)).toEqual([true]);
  });
});

/** A port that reads everything at once, recording what it was asked and what writeRun got. */
class TogetherPort extends MemoryPort {
  calls: string[] = [];
  seenByWrite: (SheetsSeen | undefined)[] = [];
  readonly seen: SheetsSeen = { sheets: [{ id: '1', name: '表', visibility: 'Visible' }], activeId: '1' };
  override listSheets(): Promise<string[]> {
    this.calls.push('listSheets');
    return super.listSheets();
  }
  override readStore(): Promise<Store | null> {
    this.calls.push('readStore');
    return super.readStore();
  }
  async readInputs(addresses: readonly string[]): Promise<RunInputs> {
    this.calls.push(`readInputs ${addresses.join(' ')}`);
    const present = addresses.filter((a) => parseRange(a)!.sheet! in this.sheets);
    const read = await MemoryPort.prototype.readRanges.call(this, present);
    this.reads.pop();
    return { tables: addresses.map((a) => (present.includes(a) ? read.shift()! : null)), store: this.store, sheets: Object.keys(this.sheets), seen: this.seen };
  }
  override writeRun(sheets: readonly SheetPlan[], store: Store, options: WriteOptions): Promise<void> {
    this.seenByWrite.push(options.seen);
    return super.writeRun(sheets, store, options);
  }
}

describe('runRanking through a port with readInputs', () => {
  it('reads once and hands what the read saw to the write', async () => {
    const port = new TogetherPort({ 表: DATA });
    const { result } = await runRanking(port, { ruleSet: RULES, period: '2026Q3', lang: 'zh-CN', replace: false, now: NOW });
    expect(result.units.map((u) => u.unit)).toEqual(['乙', '甲', '丙']);
    expect(port.calls).toEqual(['readInputs 表!A1:C4']);
    expect(port.seenByWrite).toEqual([port.seen]);
  });

  it('a source on a missing sheet or malformed is an error, and nothing is written', async () => {
    const port = new TogetherPort({ 表: DATA });
    const { result } = await runRanking(port, { ruleSet: RULES, sources: ['表!A1:C4', '没有!A1:C4', 'A1:C4'], period: '2026Q3', lang: 'en', replace: false, now: NOW });
    expect(port.calls).toEqual(['readInputs 表!A1:C4 没有!A1:C4']);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([
      ['bad-range', 'sources[1]'],
      ['bad-range', 'sources[2]'],
    ]);
    expect(port.writes).toEqual([]);
  });
});

describe('previousRun', () => {
  it('skips runs of the same period, so a re-run compares with the period before', () => {
    const store: Store = {
      format: STORE_FORMAT,
      ruleSet: {},
      runs: [storedRun('2026Q2', '2026-07-01T00:00:00Z', { 甲: 1 }), storedRun('2026Q3', '2026-10-01T00:00:00Z', { 甲: 2 })],
    };
    expect(previousRun(store, '考核', '2026Q3')?.period.label).toBe('2026Q2');
    expect(previousRun(store, '考核', '2026Q4')?.period.label).toBe('2026Q3');
    expect(previousRun(store, '别的', '2026Q4')).toBeNull();
    expect(previousRun(null, '考核', '2026Q4')).toBeNull();
  });
});
