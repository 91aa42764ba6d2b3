// The unit explanation sheet plan (issue 7) from a small hand-made run: title lines, one block per
// unit in result-row order with the engine's own words, bold headings, tier fills, zh-CN and en.
import { describe, expect, it } from 'vitest';
import { evaluate, explanationText } from '../../../src/engine/index';
import type { Lang, RunResult } from '../../../src/engine/types';
import { buildExplanationSheet, explanationSheetName } from '../../../src/workbook/layout/explanationSheet';
import type { PlanValue } from '../../../src/workbook/sheetPlan';

const RULES = {
  format: 'standings/ruleset@1',
  name: '完成率考核',
  unit: { column: '单位' },
  indicators: [{ id: 'done', label: '完成率', weight: 100, target: '计划', actual: '完成', method: { type: 'ratio', cap: 1 } }],
  adjustments: [{ type: 'bonus', column: '加分', max: 5 }],
  tiers: [
    { label: '表彰', kind: 'reward', when: { top: 1 } },
    { label: '通报批评', kind: 'penalty', when: { bottom: 1 } },
  ],
};
const TABLE = {
  sheet: '数据',
  address: 'A1:D4',
  values: [
    ['单位', '计划', '完成', '加分'],
    ['=1+1', 100, 80, null],
    ['城关镇', 100, 95, 2],
    ['东湖镇', 100, 60, null],
  ],
};

function run(lang: Lang): RunResult {
  const result = evaluate(RULES, [TABLE], '2026Q2', { lang, explain: true });
  expect(result.issues).toEqual([]);
  return result;
}

function plan(lang: Lang) {
  const result = run(lang);
  return {
    result,
    plan: buildExplanationSheet({
      ruleSet: result.ruleSet,
      period: result.period,
      explanations: result.explanations ?? [],
      lang,
      sheetName: explanationSheetName(result.ruleSet, result.period.label, lang),
    }),
  };
}

const column = (values: readonly PlanValue[][]): PlanValue[] => values.map((row) => {
  expect(row).toHaveLength(1);
  return row[0] ?? null;
});
const a = (r: number) => ({ top: r, left: 0, bottom: r, right: 0 });

describe('explanation sheet plan', () => {
  it('writes the title lines, then one block per unit in result-row order, in the engine words', () => {
    const { result, plan: p } = plan('zh-CN');
    expect(p.name).toBe('完成率考核 2026Q2 解释');
    const cells = column(p.values);
    expect(cells.slice(0, 4)).toEqual([
      '完成率考核 2026Q2 逐单位解释',
      '考核期：2026Q2（序时进度 50%）',
      '每个单位一段：各项指标的得分算式、加减分、总分、排名、等次，以及要前进需要多少分',
      null,
    ]);
    expect(result.units.map((u) => u.unit)).toEqual(['城关镇', '=1+1', '东湖镇']);
    const blocks = (result.explanations ?? []).map((e) => {
      const text = explanationText(e, 'zh-CN');
      return [text.title, ...text.sections.flatMap((s) => [s.heading, ...s.lines])];
    });
    expect(blocks).toHaveLength(3);
    expect(cells.slice(4)).toEqual([...blocks[0], null, ...blocks[1], null, ...blocks[2]]);
    // The words themselves, for the first unit: exactly what the engine says.
    expect(blocks[0]).toEqual([
      '城关镇：第 1 名，总分 97，表彰',
      '指标得分',
      '完成率（权重 100）：计划 100（数据!B3），完成 95（数据!C3）；完成率 95.0% × 权重 100 = 95 分',
      '加减分与否决',
      '加分：+2（数据!D3）',
      '总分',
      '指标得分合计 95；95 + 加分 2 − 扣分 0 = 97；保留 2 位小数，总分 97',
      '排名',
      '第 1 名，共 3 个单位',
      '等次',
      '表彰：前 1 名（本单位第 1 位），评为此等次',
      '通报批评：后 1 名（本单位倒数第 3 位），未达到',
      '差距',
      '已是第 1 名',
    ]);
  });

  it('keeps a formula-like unit name as a plain string', () => {
    const cells = column(plan('zh-CN').plan.values);
    const title = cells.find((c) => typeof c === 'string' && c.startsWith('=1+1'));
    expect(title).toBe('=1+1：第 2 名，总分 80');
    expect(cells.filter((c) => c !== null).every((c) => typeof c === 'string')).toBe(true);
  });

  it('bolds the title, each unit title and each heading; fills unit titles by tier kind', () => {
    const { result, plan: p } = plan('zh-CN');
    const cells = column(p.values);
    const headings = new Set(['指标得分', '加减分与否决', '总分', '排名', '等次', '差距']);
    // Each block: its title, then a heading and its lines per section, then a blank row.
    const sizes = (result.explanations ?? []).map((e) => {
      const text = explanationText(e, 'zh-CN');
      return 1 + text.sections.reduce((n, s) => n + 1 + s.lines.length, 0);
    });
    const titles = [4, 4 + sizes[0] + 1, 4 + sizes[0] + 1 + sizes[1] + 1];
    expect(titles.map((r) => cells[r])).toEqual(['城关镇：第 1 名，总分 97，表彰', '=1+1：第 2 名，总分 80', '东湖镇：第 3 名，总分 60，通报批评']);
    const headingRows = cells.flatMap((c, r) => (typeof c === 'string' && headings.has(c) ? [r] : []));
    expect(headingRows).toHaveLength(18);
    expect(p.bold).toEqual([0, ...titles, ...headingRows].sort((x, y) => x - y).map(a));
    expect(p.fills).toEqual([
      { range: a(4), color: '#C6EFCE' },
      { range: a(titles[2]), color: '#FFC7CE' },
    ]);
    expect(p.merges).toEqual([]);
    expect(p.numberFormats).toEqual([]);
    expect(p.freeze).toBeNull();
    expect(p.chart).toBeNull();
    expect(p.columnWidths).toHaveLength(1);
    expect(p.columnWidths[0]).toBeGreaterThanOrEqual(40);
    expect(p.columnWidths[0]).toBeLessThanOrEqual(120);
  });

  it('speaks English with --lang en', () => {
    const { result, plan: p } = plan('en');
    expect(p.name).toBe('完成率考核 2026Q2 explained');
    const cells = column(p.values);
    expect(cells.slice(0, 3)).toEqual([
      '完成率考核 2026Q2: each unit explained',
      'Period: 2026Q2 (time progress 50%)',
      'One block per unit: how each indicator was scored, bonus and deduction, total, rank, tier, and what would move it',
    ]);
    const first = explanationText((result.explanations ?? [])[0], 'en');
    expect(cells[4]).toBe(first.title);
    expect(cells[5]).toBe(first.sections[0]?.heading);
    expect(first.title).toBe('城关镇: rank 1, total 97, 表彰');
  });

  it('says so when the run has no units', () => {
    const p = buildExplanationSheet({ ruleSet: '空', period: { label: '2026', elapsed: 1 }, explanations: [], lang: 'zh-CN', sheetName: '空 2026 解释' });
    expect(column(p.values)).toEqual(['空 2026 逐单位解释', '考核期：2026（序时进度 100%）', expect.any(String), null, '本次没有参加排名的单位']);
  });

  it('names the sheet like the rules sheet: sanitised and cut to 31 characters', () => {
    const long = '某某县二〇二六年度重点项目推进暨招商引资综合考核/督查';
    const name = explanationSheetName(long, '2026Q3', 'zh-CN');
    expect(Array.from(name).length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' 解释')).toBe(true);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(explanationSheetName('a:b', '2026', 'en')).toBe('a_b 2026 explained');
  });
});
