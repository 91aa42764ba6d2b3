// A unit of a result sheet explained as the pane does it: the stored run that wrote the sheet,
// done again on the figures in the workbook now through the Office adapter over the fake Excel.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { explanationPlain, explanationText, type RunResult } from '../../src/engine/index';
import { explainUnit, type UnitOutcome } from '../../src/taskpane/excel/explainUnit';
import { sheetTarget } from '../../src/taskpane/excel/resultRow';
import { OfficeWorkbook } from '../../src/workbook/office';
import { runRanking } from '../../src/workbook/run';
import type { FakeExcel } from '../fakes/fakeExcel';
import { fakeFromXlsx } from '../workbook/office/fromXlsx';

const SHEET = '县重点工作考核 2026Q3';
let fake: FakeExcel;
let port: OfficeWorkbook;
let result: RunResult;

beforeAll(async () => {
  fake = await fakeFromXlsx('examples/county-2026.xlsx');
  port = new OfficeWorkbook({ run: fake.run });
  const ruleSet: unknown = JSON.parse(await readFile('examples/county-rules.json', 'utf8'));
  ({ result } = await runRanking(port, { ruleSet, period: '2026Q3', lang: 'zh-CN', replace: false, now: new Date('2026-10-08T09:00:00Z') }));
});

async function explain(unit: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<UnitOutcome> {
  const target = sheetTarget(await port.readStore(), SHEET);
  if (target?.status !== 'ok') throw new Error(`no target for ${SHEET}`);
  return explainUnit(port, target, unit, lang);
}

function shown(outcome: UnitOutcome): Extract<UnitOutcome, { status: 'shown' }> {
  if (outcome.status !== 'shown') throw new Error(`not shown: ${outcome.status}`);
  return outcome;
}

describe('a unit of a result sheet explained', () => {
  it('gives the rank and total the sheet shows, with the units in result order and nothing changed', async () => {
    const unit = result.units[5];
    const outcome = shown(await explain(unit.unit));
    expect(outcome.changed).toBeNull();
    expect(outcome.units).toEqual(result.units.map((u) => u.unit));
    expect(outcome.explanation.rank).toBe(unit.rank);
    expect(outcome.explanation.total.total).toBe(unit.total);
    const text = explanationText(outcome.explanation, 'zh-CN');
    expect(text.title).toBe(`${unit.unit}（${unit.group}）：第 ${unit.rank} 名，总分 ${unit.total}${unit.tier ? `，${unit.tier}` : ''}`);
    expect(text.sections.map((s) => s.heading)).toEqual(['指标得分', '加减分与否决', '总分', '排名', '等次', '差距']);
    expect(text.sections.at(-1)?.lines[0]).toMatch(new RegExp(`^升到第 ${unit.rank - 1} 名：总分需达到 `));
  });

  it('reads the figures anew: a changed figure is said, with what the sheet shows and what they give now', async () => {
    const first = result.units[0];
    await fake.run(async (context) => {
      // 北岭镇's reported investment (完成情况!B18) dropped to nothing.
      context.workbook.worksheets.getItem('完成情况').getRange('B18').values = [[0]];
      await context.sync();
    });
    const unit = '北岭镇';
    const before = result.units.find((u) => u.unit === unit)!;
    const outcome = shown(await explain(unit));
    expect(outcome.changed).toEqual({ stored: { rank: before.rank, total: before.total }, now: { rank: outcome.explanation.rank, total: outcome.explanation.total.total } });
    expect(outcome.explanation.total.total).toBeLessThan(before.total);
    // Another unit whose standing did not move is still unchanged.
    expect(shown(await explain(first.unit)).changed).toBeNull();
  });

  it('says when the unit is not in the current figures', async () => {
    const outcome = await explain('不存在的乡');
    expect(outcome.status).toBe('missing');
  });

  it('gives the plain text in English for a message', async () => {
    const unit = result.units[5];
    const outcome = shown(await explain(unit.unit, 'en'));
    const plain = explanationPlain(outcome.explanation, 'en');
    expect(plain.split('\n')[0]).toBe(`${unit.unit} (${unit.group}): rank ${unit.rank}, total ${unit.total}${unit.tier ? `, ${unit.tier}` : ''}`);
    expect(plain).toContain('\n\nWhat would move it:\n');
  });
});
