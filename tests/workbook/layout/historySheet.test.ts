// The rank history sheet plan: name, title lines, two-row header, numbers, merges, freeze and
// the line chart of ranks with rank 1 at the top.
import { describe, expect, it } from 'vitest';
import type { RankHistory } from '../../../src/workbook/history';
import { buildHistorySheet, historySheetName, MAX_CHART_SERIES } from '../../../src/workbook/layout/historySheet';

const TWO_PERIODS: RankHistory = {
  ruleSet: '重点项目推进考核',
  periods: [
    { label: '2026Q1', elapsed: 0.25, time: '2026-04-02T08:00:00Z' },
    { label: '2026Q2', elapsed: 0.5, time: '2026-07-02T08:00:00Z' },
  ],
  rows: [
    { unit: '城关镇', group: '乡镇', cells: [{ rank: 2, total: 88.5 }, { rank: 1, total: 92.25 }] },
    { unit: '=1+1', group: '乡镇', cells: [null, { rank: 2, total: 80 }] },
    { unit: '财政局', group: '部门', cells: [{ rank: 1, total: 90 }, null] },
  ],
  grouped: true,
};

describe('historySheetName', () => {
  it('is the rule set and a suffix, sanitised and cut to 31 characters keeping the suffix', () => {
    expect(historySheetName('重点项目推进考核', 'zh-CN')).toBe('重点项目推进考核 排名走势');
    expect(historySheetName('Key projects', 'en')).toBe('Key projects rank history');
    expect(historySheetName('a/b:c', 'zh-CN')).toBe('a_b_c 排名走势');
    const long = historySheetName('县重点工作考核（2026年度第一季度专项督查综合排名）', 'zh-CN');
    expect(Array.from(long)).toHaveLength(31);
    expect(long).toBe('县重点工作考核（2026年度第一季度专项督查综合排名 排名走势');
  });
});

describe('buildHistorySheet', () => {
  const plan = buildHistorySheet({ history: TWO_PERIODS, lang: 'zh-CN', sheetName: '重点项目推进考核 排名走势' });

  it('writes title lines, a two-row header and a row per unit, ranks and totals as numbers', () => {
    expect(plan.name).toBe('重点项目推进考核 排名走势');
    expect(plan.values).toEqual([
      ['重点项目推进考核 排名走势', null, null, null, null, null],
      ['共 2 期：2026Q1 至 2026Q2', null, null, null, null, null],
      ['每期取该期最近一次排名；空白表示该单位未参加该期排名；分组排名时名次为组内名次', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['单位', '类别', '排名', null, '总分', null],
      [null, null, '2026Q1', '2026Q2', '2026Q1', '2026Q2'],
      ['城关镇', '乡镇', 2, 1, 88.5, 92.25],
      ['=1+1', '乡镇', null, 2, null, 80],
      ['财政局', '部门', 1, null, 90, null],
    ]);
    expect(plan.numberFormats).toEqual([
      { range: { top: 6, left: 2, bottom: 8, right: 3 }, format: '0' },
      { range: { top: 6, left: 4, bottom: 8, right: 5 }, format: '0.00' },
    ]);
    expect(plan.merges).toEqual([
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ]);
    expect(plan.freeze).toEqual({ rows: 6, columns: 2 });
    expect(plan.fills).toEqual([{ range: { top: 4, left: 0, bottom: 5, right: 5 }, color: '#DDEBF7' }]);
    expect(plan.bold).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 4, left: 0, bottom: 5, right: 5 }]);
    expect(plan.columnWidths).toEqual([8, 6, 8, 8, 8, 8]);
    expect(plan.dataBar).toBeNull();
  });

  it('asks for a line chart: one series per unit over the period labels, rank 1 at the top, below the table', () => {
    expect(plan.chart).toEqual({
      kind: 'line',
      title: '重点项目推进考核 名次变化',
      categories: { top: 5, left: 2, bottom: 5, right: 3 },
      series: [
        { name: '城关镇', values: { top: 6, left: 2, bottom: 6, right: 3 } },
        { name: '=1+1', values: { top: 7, left: 2, bottom: 7, right: 3 } },
        { name: '财政局', values: { top: 8, left: 2, bottom: 8, right: 3 } },
      ],
      valueAxis: { title: '名次', reversed: true, minimum: 1 },
      position: { top: 10, left: 0, bottom: 29, right: 9 },
    });
  });

  it('leaves out the group column when no unit has a group, and merges nothing over one period (English)', () => {
    const one: RankHistory = {
      ruleSet: 'Starts',
      periods: [{ label: '2026', elapsed: 1, time: '2027-01-05T08:00:00Z' }],
      rows: [{ unit: 'North', group: null, cells: [{ rank: 1, total: 95 }] }],
      grouped: false,
    };
    const en = buildHistorySheet({ history: one, lang: 'en', sheetName: 'Starts rank history' });
    expect(en.values.slice(0, 2)).toEqual([['Starts: rank history', null, null], ['1 period: 2026', null, null]]);
    expect(en.values.slice(4)).toEqual([['Unit', 'Rank', 'Total'], [null, '2026', '2026'], ['North', 1, 95]]);
    expect(en.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(en.numberFormats.map((f) => f.format)).toEqual(['0', '0']);
    expect(en.freeze).toEqual({ rows: 6, columns: 1 });
    expect(en.chart).toMatchObject({ kind: 'line', categories: { top: 5, left: 1, bottom: 5, right: 1 }, series: [{ name: 'North' }] });
  });

  it('has the header only and no chart for an empty history', () => {
    const empty = buildHistorySheet({ history: { ruleSet: 'x', periods: [], rows: [], grouped: false }, lang: 'zh-CN', sheetName: 'x 排名走势' });
    expect(empty.values).toEqual([['x 排名走势'], [''], ['每期取该期最近一次排名；空白表示该单位未参加该期排名；分组排名时名次为组内名次'], [null], ['单位'], [null]]);
    expect(empty.chart).toBeNull();
    expect(empty.numberFormats).toEqual([]);
  });

  it('draws no chart for more units than a chart takes series', () => {
    const many: RankHistory = {
      ruleSet: 'x',
      periods: [{ label: '2026Q1', elapsed: 0.25, time: '2026-04-02T08:00:00Z' }],
      rows: Array.from({ length: MAX_CHART_SERIES + 1 }, (_, i) => ({ unit: `u${i}`, group: null, cells: [{ rank: i + 1, total: 100 - i / 10 }] })),
      grouped: false,
    };
    const plan = buildHistorySheet({ history: many, lang: 'zh-CN', sheetName: 'x 排名走势' });
    expect(plan.chart).toBeNull();
    expect(plan.numberFormats[1]?.format).toBe('0.0');
  });
});
