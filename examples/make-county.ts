// Writes examples/county-2026.xlsx: a county's townships and departments, targets on `目标`,
// the figures they reported for 2026Q3 on `完成情况` (in another order, some names with stray
// spaces, some numbers as text the way units really send them), and a stored rule set with the
// log of the 2026Q2 run, so that the demo shows rank changes. Deterministic: a seeded generator,
// fixed dates. Run: npx tsx examples/make-county.ts
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/engine/index';
import type { Table } from '../src/engine/types';
import { STORE_FORMAT, type Store } from '../src/workbook/store';
import { encodeStore, STORE_SHEET } from '../src/workbook/storeCodec';

const here = dirname(fileURLToPath(import.meta.url));
const RULES = JSON.parse(readFileSync(join(here, 'county-rules.json'), 'utf8')) as { name: string; sources: string[] };
const FIXED_DATE = new Date('2026-10-08T09:00:00+08:00');

/** mulberry32: a small seeded generator, so the workbook is the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(2026);
const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
const round1 = (n: number): number => Math.round(n * 10) / 10;

const TOWNS = ['城关镇', '东湖镇', '西河镇', '南山镇', '北岭镇', '青石镇', '白沙镇', '桃源乡', '柳溪乡', '石门乡', '龙泉乡', '红旗乡'];
const DEPARTMENTS = ['发改局', '住建局', '交通运输局', '商务局', '工信局', '农业农村局', '自然资源局', '文旅局'];

interface Unit {
  name: string;
  group: string;
  investmentPlan: number;
  startsPlan: number;
  attractionPlan: number;
  investment: number;
  starts: number;
  funds: number;
  attraction: number;
  satisfaction: number;
}

const units: Unit[] = [...TOWNS.map((n) => [n, '乡镇'] as const), ...DEPARTMENTS.map((n) => [n, '部门'] as const)].map(([name, group]) => {
  const investmentPlan = Math.round(between(group === '乡镇' ? 20_000 : 40_000, group === '乡镇' ? 150_000 : 220_000) / 100) * 100;
  const startsPlan = Math.round(between(6, 30));
  const attractionPlan = Math.round(between(5_000, 50_000) / 100) * 100;
  return {
    name,
    group,
    investmentPlan,
    startsPlan,
    attractionPlan,
    investment: round1(investmentPlan * between(0.55, 0.95)),
    starts: Math.min(startsPlan + 2, Math.round(startsPlan * between(0.7, 1.1))),
    funds: Math.round(between(800, 20_000)),
    attraction: round1(attractionPlan * between(0.4, 1.1)),
    satisfaction: Math.round(between(0.82, 0.97) * 1000) / 1000,
  };
});

// How units really write their figures: a few as text with separators, 亿, % or a dash.
const thousands = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
type Cell = ExcelJS.CellValue;
const reported = new Map<string, Partial<Record<string, Cell>>>([
  ['东湖镇', { investment: thousands(units[1].investment) }],
  ['南山镇', { funds: '1.2亿' }],
  ['青石镇', { funds: '—', bonus: '—' }],
  ['桃源乡', { satisfaction: '91.3%' }],
  ['发改局', { investment: `${round1(units[12].investment / 10_000)}亿` }],
  ['住建局', { attraction: thousands(units[13].attraction) }],
  ['商务局', { starts: '１２' }],
  ['工信局', { satisfaction: '35.6%' }],
  ['文旅局', { investment: { formula: `${Math.round(units[19].investment / 2)}+${round1(units[19].investment - Math.round(units[19].investment / 2))}`, result: units[19].investment } }],
]);
const adjustments = new Map<string, { bonus?: number; deduction?: number; veto?: string }>([
  ['城关镇', { bonus: 2 }],
  ['西河镇', { deduction: 1.5 }],
  ['北岭镇', { bonus: 1 }],
  ['红旗乡', { veto: '发生较大安全生产事故' }],
  ['交通运输局', { bonus: 3, deduction: 0.5 }],
  ['农业农村局', { deduction: 2 }],
]);
const spelled = new Map<string, string>([
  ['城关镇', '\u3000城关镇 '],
  ['柳溪乡', '柳溪乡\u00a0'],
  ['交通运输局', '交通运输局 '],
]);

function targetsTable(): Cell[][] {
  return [
    ['单位', '类别', '年度计划投资（万元）', '计划开工项目', '招商目标（万元）'],
    ...units.map((u) => [u.name, u.group, u.investmentPlan, u.startsPlan, u.attractionPlan]),
  ];
}

/** Reported figures in another order than the targets: departments first, towns reversed. */
function reportedRows(figures: (u: Unit) => Record<string, Cell>): Cell[][] {
  const order = [...units.filter((u) => u.group === '部门'), ...units.filter((u) => u.group === '乡镇').reverse()];
  return order.map((u) => {
    const f = { ...figures(u), ...(reported.get(u.name) ?? {}) };
    const adj = adjustments.get(u.name) ?? {};
    return [spelled.get(u.name) ?? u.name, f.investment, f.starts, f.funds, f.attraction, f.satisfaction, f.bonus ?? adj.bonus ?? null, adj.deduction ?? null, adj.veto ?? null];
  });
}
const REPORTED_HEADER: Cell[] = ['单位', '累计完成投资', '已开工项目', '争取资金', '招商到位', '群众满意度', '加分', '扣分', '一票否决'];
const q3 = (u: Unit): Record<string, Cell> => ({
  investment: u.investment,
  starts: u.starts,
  funds: u.funds,
  attraction: u.attraction,
  satisfaction: u.satisfaction,
});

/** The 2026Q2 run, really evaluated on the figures reported then (about two thirds of Q3's). */
function q2Run(): Store['runs'][number] {
  const q2Random = seeded(202602);
  const scaled = (n: number): number => Math.round(n * (0.55 + 0.2 * q2Random()) * 10) / 10;
  const q2 = (u: Unit): Record<string, Cell> => ({
    investment: scaled(u.investment),
    starts: Math.max(0, u.starts - Math.round(q2Random() * 4)),
    funds: scaled(u.funds),
    attraction: scaled(u.attraction),
    satisfaction: Math.round((u.satisfaction - 0.02 + 0.04 * q2Random()) * 1000) / 1000,
  });
  const rows = reportedRows(q2).map((row) => row.map((c) => (typeof c === 'object' && c !== null && 'result' in c ? c.result : c)));
  const tables: Table[] = [
    { sheet: '目标', address: 'A1:E21', values: targetsTable() },
    { sheet: '完成情况', address: 'A2:I22', values: [REPORTED_HEADER, ...rows] },
  ];
  const result = evaluate(RULES, tables, '2026Q2');
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(`the Q2 run failed: ${errors.map((i) => i.message).join('; ')}`);
  return {
    time: '2026-07-10T02:00:00.000Z',
    period: result.period,
    ruleSet: result.ruleSet,
    sources: RULES.sources,
    units: result.units.map((u) => ({ unit: u.unit, group: u.group, rank: u.rank, total: u.total })),
  };
}

export async function makeCounty(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Standings examples';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;

  const targets = book.addWorksheet('目标');
  targetsTable().forEach((row) => targets.addRow(row));
  targets.getRow(1).font = { bold: true };
  [14, 8, 22, 14, 18].forEach((w, i) => (targets.getColumn(i + 1).width = w));

  const actuals = book.addWorksheet('完成情况');
  actuals.getCell('A1').value = '2026年三季度重点工作完成情况（各单位报送，截至9月30日）';
  actuals.mergeCells('A1:I1');
  actuals.addRow(REPORTED_HEADER);
  reportedRows(q3).forEach((row) => actuals.addRow(row));
  actuals.getRow(2).font = { bold: true };
  actuals.getColumn(6).numFmt = '0.0%';
  [14, 14, 12, 12, 12, 12, 8, 8, 24].forEach((w, i) => (actuals.getColumn(i + 1).width = w));

  const store: Store = { format: STORE_FORMAT, ruleSet: RULES, runs: [q2Run()] };
  const storeSheet = book.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  encodeStore(store).forEach((row, r) => (storeSheet.getCell(r + 1, 1).value = row[0] ?? null));

  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await makeCounty(join(here, 'county-2026.xlsx'));
  console.log(`wrote ${join('examples', 'county-2026.xlsx')}`);
}
