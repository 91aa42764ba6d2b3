// Hostile input (spec 2, 3; style point 3): whatever the cells, periods and rule sets hold, the
// engine returns issues instead of throwing, every issue is located, and no input is mutated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, TEMPLATES, validateRuleSet } from '../../../src/engine/index';
import { ISSUE_CODES, type Issue } from '../../../src/engine/issues';
import type { RunResult, Table } from '../../../src/engine/types';
import { ALL_METHODS, deepFreeze, genLayout, genModel, SEED, toTables } from './workbook';

const CODES = new Set<string>(ISSUE_CODES);

// ---------------------------------------------------------------------------------------------
// Where an issue points.

interface Place {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const letters = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** `完成情况!C7`, `'Q3 data'!A1:F20` → sheet and bounds; null when not an address. */
function place(text: string): Place | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const left = letters(m[3]);
  const top = Number(m[4]);
  return { sheet, top, left, bottom: m[6] === undefined ? top : Number(m[6]), right: m[5] === undefined ? left : letters(m[5]) };
}

function rangeOf(t: Table): Place {
  const [a, b] = t.address.split(':') as [string, string];
  const p1 = place(`x!${a}`)!;
  const p2 = place(`x!${b}`)!;
  return { sheet: t.sheet, top: p1.top, left: p1.left, bottom: p2.bottom, right: p2.right };
}

const inside = (p: Place, r: Place): boolean => p.sheet === r.sheet && p.top >= r.top && p.bottom <= r.bottom && p.left >= r.left && p.right <= r.right;

/** Every issue: a known code, a severity, words, and exactly one of a cell inside the ranges or a path. */
function expectLocated(issues: readonly Issue[], tables: readonly Table[]): void {
  for (const issue of issues) {
    expect(CODES.has(issue.code), issue.code).toBe(true);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true);
    expect((issue.cell === undefined) !== (issue.path === undefined), JSON.stringify(issue)).toBe(true);
    if (issue.cell !== undefined) {
      const p = place(issue.cell);
      expect(p, issue.cell).not.toBeNull();
      expect(tables.some((t) => inside(p!, rangeOf(t))), `${issue.code} at ${issue.cell}`).toBe(true);
    }
  }
}

function expectWellFormed(r: RunResult, tables: readonly Table[]): void {
  expectLocated(r.issues, tables);
  const failed = r.issues.some((i) => i.severity === 'error');
  if (failed) expect(r.units).toEqual([]);
  for (const u of r.units) {
    expect(Number.isFinite(u.total)).toBe(true);
    expect(Number.isInteger(u.rank) && u.rank >= 1).toBe(true);
    for (const s of Object.values(u.indicators)) if (s.score !== null) expect(Number.isFinite(s.score)).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitrary cells.

const TEXT_FORMS = [
  '1,234.5', '35.6%', '１２３', '￥1,000', '¥ 8', '3500元', '1.2亿', '12万', '12万元', ' 12 ', '\u300012\u00a0', '\u200b7\ufeff',
  '—', '——', '–', '-', '/', 'N/A', 'n/a', '无', '#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#SPILL!', 'abc', '1e999', '-1e-999',
  '-0', '0x10', '1_000', '١٢٣', '∞', '💯', '１．５％', '＋５', '－３', '.5', '5.', '1,23', '1,2345', 'TRUE', 'FALSE', '否', 'no', '0',
  '%', '元', '亿', '1%%', '1e5%', '1.2亿元', '￥', '=1+1', "'123", '１，０００', 'NaN', 'Infinity', '-Infinity', '1 000',
];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXT_FORMS), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 4 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53 + 1), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 3 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.object({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.bigInt(), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>(
      Symbol('cell'),
      [1, 2],
      { toJSON: (): never => { throw new Error('toJSON'); } },
      { toString: (): never => { throw new Error('toString'); } },
      Object.create(null) as unknown,
      new Map([[1, 2]]),
    ),
    weight: 1,
  },
);

const RULES = {
  format: 'standings/ruleset@1',
  name: '任意单元格',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'inv', weight: 40, target: '计划', actual: '完成', scale: '万元', method: { type: 'ratio', cap: 1.2 } },
    { id: 'count', weight: 30, actual: '数量', missing: 'zero', method: { type: 'bands', bands: [{ min: 5, score: 1 }], else: 0.5 } },
    { id: 'funds', weight: 30, actual: '资金', missing: 'exclude', method: { type: 'relative' } },
    { id: 'sched', weight: 10, target: '计划', actual: '进度', missing: 'full', method: { type: 'schedule', penaltyPerPoint: 1 } },
  ],
  adjustments: [
    { type: 'bonus', column: '加分', max: 5 },
    { type: 'deduction', column: '扣分' },
    { type: 'veto', column: '否决' },
  ],
  ranking: { tieBreak: ['inv'] },
  tiers: [{ label: '前列', when: { top: 2, quota: true } }],
};
const HEADERS = ['单位', '类别', '计划', '完成', '数量', '资金', '进度', '加分', '扣分', '否决', '备注', '计划（万元）', '完成 ', 'Ｃ'];
const NAMES = ['城关镇', ' 城关镇 ', '城关镇\u3000', 'ＡＢ镇', 'AB镇', '东城', '西城', ''];
const SHEETS = ['完成情况', 'Q3 data', "O'Brien", 'Sheet1', '2026'];

function tableArb(sheet: string): fc.Arbitrary<Table> {
  return fc
    .record({
      header: fc.subarray(HEADERS, { minLength: 1 }).chain((h) => fc.shuffledSubarray(h, { minLength: h.length })),
      rows: fc.nat({ max: 6 }),
      top: fc.integer({ min: 1, max: 50 }),
      left: fc.integer({ min: 1, max: 30 }),
    })
    .chain(({ header, rows, top, left }) =>
      fc
        .array(
          fc.tuple(fc.oneof(fc.constantFrom(...NAMES), cellValue), fc.array(cellValue, { minLength: 0, maxLength: header.length - 1 })),
          { minLength: rows, maxLength: rows },
        )
        .map((body) => {
          const values: unknown[][] = [header, ...body.map(([name, rest]) => [name, ...rest])];
          // The unit column first in each row as drawn; rows may be shorter than the header.
          const unitAt = header.indexOf('单位');
          if (unitAt > 0) for (const row of values.slice(1)) [row[0], row[unitAt]] = [row[unitAt], row[0]];
          const width = header.length;
          const col = (n: number): string => { let s = ''; for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s; return s; };
          return { sheet, address: `${col(left)}${top}:${col(left + width - 1)}${top + values.length - 1}`, values };
        }),
    );
}

const tablesArb: fc.Arbitrary<Table[]> = fc.shuffledSubarray(SHEETS, { minLength: 1, maxLength: 3 }).chain((sheets) => fc.tuple(...sheets.map(tableArb)));

describe('arbitrary cell values', () => {
  it('never throw; every issue has a listed code and a cell inside the given ranges (2000 runs)', () => {
    fc.assert(
      fc.property(tablesArb, fc.constantFrom('2026', '2026Q3', '2026-05', '2026H1'), (tables, period) => {
        const r = evaluate(RULES, tables, period, { lang: 'en' });
        expectWellFormed(r, tables);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('arbitrary periods and time progress never throw and fail only with bad-period or bad-elapsed (500 runs)', () => {
    const tables: Table[] = [{ sheet: '数据', address: 'A1:C2', values: [['单位', '计划', '完成'], ['城关镇', 100, 80]] }];
    const rules = { format: 'standings/ruleset@1', name: '期间', unit: { column: '单位' }, indicators: [{ id: 'k', weight: 10, target: '计划', actual: '完成', method: { type: 'schedule', mode: 'proportional' } }] };
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('2026', '2026Q5', '2026H3', '2026-13', '2026-00', ' 2026Q1 ', '2026q2', '26Q1', '')),
        fc.option(fc.oneof(fc.double(), fc.constantFrom(0, 1, 1.5, -0, 0.5, Number.MIN_VALUE)), { nil: undefined }),
        (period, elapsed) => {
          const r = evaluate(rules, tables, period, elapsed === undefined ? {} : { elapsed });
          expectWellFormed(r, tables);
          for (const i of r.issues) expect(['bad-period', 'bad-elapsed']).toContain(i.code);
          if (r.units.length > 0) expect(r.period.elapsed > 0 && r.period.elapsed <= 1).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Mutated rule sets.

/** The spec's example rule set (section 3). */
const SPEC_EXAMPLE = {
  format: 'standings/ruleset@1',
  name: '重点项目推进考核',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'investment', label: '投资完成率', weight: 40, target: '年度计划投资', actual: '累计完成投资', scale: '万元', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } },
    { id: 'starts', label: '开工率', weight: 30, target: '计划开工', actual: '已开工', method: { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.6 }], else: 0 } },
    { id: 'funds', label: '争取资金', weight: 30, actual: '到位资金', scale: '万元', missing: 'zero', method: { type: 'relative' } },
  ],
  adjustments: [
    { type: 'bonus', column: '加分', max: 5 },
    { type: 'deduction', column: '扣分', max: 10 },
    { type: 'veto', column: '一票否决' },
  ],
  total: { precision: 2, min: 0 },
  ranking: { ties: 'competition', tieBreak: ['investment'] },
  tiers: [
    { label: '一票否决', kind: 'penalty', when: { veto: true } },
    { label: '表彰', kind: 'reward', when: { top: 3 } },
    { label: '通报批评', kind: 'penalty', when: { bottom: 3 } },
  ],
  sources: ['目标!A1:E20', '完成情况!A1:F20'],
};

const BASES: readonly unknown[] = [SPEC_EXAMPLE, ...TEMPLATES.map((t) => t.ruleSet)];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every container in the tree, with the path to it. */
function containers(value: unknown, path: (string | number)[] = [], out: { node: object; path: (string | number)[] }[] = []): typeof out {
  if (value !== null && typeof value === 'object') {
    out.push({ node: value, path });
    for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

const WRONG_VALUES: readonly unknown[] = [null, 0, -1, 1.5, 1e308, NaN, Infinity, '', ' ', 'x', 'LOWER', 'Ratio', true, false, [], {}, [1], { type: 'ratio' }, 'standings/ruleset@2'];
const UNKNOWN_KEYS = ['wieght', 'Weight', 'targt', 'extra', '__proto__', 'constructor', 'prototype', 'type', 'min', '', '💥'];

/** Applies one random mutation in place: delete, add an unknown key, change a type or an enum. */
function mutate(g: fc.GeneratorValue, root: { [k: string]: Json }): void {
  const all = containers(root);
  const { node } = all[g(fc.integer, { min: 0, max: all.length - 1 })];
  const keys = Object.keys(node);
  const op = g(fc.constantFrom, 'delete', 'add', 'retype', 'enum', 'nest');
  const record = node as Record<string, unknown>;
  const wrong = (): unknown => structuredClone(g(() => fc.constantFrom(...WRONG_VALUES))); // fresh: inputs get frozen
  if (op === 'add' || keys.length === 0) {
    const key = g(() => fc.constantFrom(...UNKNOWN_KEYS));
    if (Array.isArray(node)) node.push(wrong());
    else Object.defineProperty(node, key, { value: wrong(), enumerable: true, writable: true, configurable: true });
    return;
  }
  const key = g(fc.constantFrom, ...keys);
  if (op === 'delete') {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete record[key];
  } else if (op === 'retype') {
    record[key] = wrong();
  } else if (op === 'enum') {
    const old = record[key];
    record[key] = typeof old === 'string' ? g(fc.constantFrom, old.toUpperCase(), `${old} `, `${old}x`, 'ratio', 'lower', 'dense', 'zero', '万', 'bogus') : typeof old === 'number' ? g(fc.constantFrom, -old, old * 1000, old + 0.5, -1) : 'bogus';
  } else {
    let deep: unknown = 1;
    for (let d = g(fc.integer, { min: 5, max: 40 }); d > 0; d--) deep = g(fc.boolean) ? [deep] : { a: deep };
    record[key] = deep;
  }
}

/** A full description of a value's own enumerable and non-enumerable properties. */
function snapshot(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  const entries = Reflect.ownKeys(value).map((k) => `${String(k)}:${snapshot((value as Record<PropertyKey, unknown>)[k], seen)}`);
  return `${Array.isArray(value) ? 'A' : 'O'}{${entries.join(',')}}`;
}

const PATH = /^(\$|[A-Za-z_$][\w$]*|\[(\d+|"(?:[^"\\]|\\.)*")\])(\.[A-Za-z_$][\w$]*|\[(\d+|"(?:[^"\\]|\\.)*")\])*$/;

describe('arbitrary rule sets', () => {
  it('mutated templates never throw; invalid ones give located errors and no units; nothing is mutated (2000 runs)', () => {
    const tables = deepFreeze<Table[]>([
      { sheet: '完成情况', address: 'A1:D3', values: [['单位', '类别', '年度计划投资', '累计完成投资'], ['城关镇', '乡镇', 100, 80], ['东城', '街道', 50, 55]] },
    ]);
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rs = structuredClone(BASES[g(fc.integer, { min: 0, max: BASES.length - 1 })]) as { [k: string]: Json };
        for (let n = g(fc.integer, { min: 1, max: 3 }); n > 0; n--) mutate(g, rs);
        const before = snapshot(rs);
        deepFreeze(rs);
        const validated = validateRuleSet(rs, 'en');
        if (validated.ruleSet === null) {
          expect(validated.issues.length).toBeGreaterThan(0);
          for (const i of validated.issues) {
            expect(i.severity).toBe('error');
            expect(i.cell).toBeUndefined();
            expect(i.path, JSON.stringify(i)).toMatch(PATH);
            expect(CODES.has(i.code), i.code).toBe(true);
          }
        } else {
          expect(validated.issues.filter((i) => i.severity === 'error')).toEqual([]);
        }
        const r = evaluate(rs, tables, '2026Q3');
        expectWellFormed(r, tables);
        if (validated.ruleSet === null) {
          expect(r.units).toEqual([]);
          expect(r.issues.map((i) => `${i.code} ${i.path}`).sort()).toEqual(validated.issues.map((i) => `${i.code} ${i.path}`).sort());
        }
        expect(snapshot(rs)).toBe(before);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('an unknown key anywhere is reported as unknown-field at its exact path (1000 runs)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rs = structuredClone(BASES[g(fc.integer, { min: 0, max: BASES.length - 1 })]) as { [k: string]: Json };
        const objects = containers(rs).filter((c) => !Array.isArray(c.node));
        const { node, path } = objects[g(fc.integer, { min: 0, max: objects.length - 1 })];
        const key = g(() => fc.constantFrom('wieght', 'Weight', 'targt', 'extra', '💥', 'a b'));
        (node as Record<string, unknown>)[key] = 1;
        const { ruleSet, issues } = validateRuleSet(rs, 'en');
        expect(ruleSet).toBeNull();
        const where = [...path, key].map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('').replace(/^\./, '');
        expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([`unknown-field ${where}`]);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('a valid run mutates neither the rule set, the tables nor the previous ranks (500 runs)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS });
        const tables = toTables(model, genLayout(g, model));
        const previousRanks = Object.fromEntries(model.units.map((u, i) => [u.name, i + 1]));
        const before = snapshot([model.ruleSet, tables, previousRanks]);
        deepFreeze([model.ruleSet, tables, previousRanks]);
        const r = evaluate(model.ruleSet, tables, model.period, { previousRanks });
        expect(r.units.length).toBe(model.units.length);
        expect(r.units.every((u) => u.previousRank === previousRanks[u.unit])).toBe(true);
        expect(snapshot([model.ruleSet, tables, previousRanks])).toBe(before);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
