// Random workbooks for the property tests: a model (rule set + per-unit figures) drawn with
// fast-check's `gen`, and a layout that turns the model into input ranges.
import fc from 'fast-check';
import { columnLetters } from '../../../src/engine/address';
import type { Table } from '../../../src/engine/types';

export type GenValue = fc.GeneratorValue;

export const SEED = 20261123;

export type MethodType = 'ratio' | 'schedule' | 'bands' | 'relative' | 'minmax' | 'rank' | 'perUnit';
export const ALL_METHODS: readonly MethodType[] = ['ratio', 'schedule', 'bands', 'relative', 'minmax', 'rank', 'perUnit'];
export const SIMPLE_METHODS: readonly MethodType[] = ['ratio', 'bands', 'perUnit'];
export const PEER_METHODS: readonly MethodType[] = ['relative', 'minmax', 'rank'];

export type Missing = 'error' | 'zero' | 'full' | 'exclude';

export interface ModelIndicator {
  id: string;
  weight: number;
  method: Record<string, unknown>;
  hasTarget: boolean;
  direction?: 'higher' | 'lower';
  missing?: Missing;
}

export interface ModelUnit {
  name: string;
  group: string | null;
  targets: (number | null)[];
  actuals: (number | null)[];
  bonus: number | null;
  deduction: number | null;
  veto: unknown;
}

export interface Model {
  indicators: ModelIndicator[];
  units: ModelUnit[];
  hasGroup: boolean;
  bonus: { max?: number } | null;
  deduction: { max?: number } | null;
  veto: boolean;
  ruleSet: Record<string, unknown>;
  period: string;
}

export const UNIT = '单位';
export const GROUP = '类别';
export const targetColumn = (i: number): string => `目标${i + 1}`;
export const actualColumn = (i: number): string => `完成${i + 1}`;
export const BONUS = '加分';
export const DEDUCTION = '扣分';
export const VETO = '一票否决';

const NAMES = ['城关镇', '东城街道', '西湖乡', '南山镇', '北岭乡', '高新区', '经开区', '临港新城', 'A县', 'B县', '河口镇', '石门乡', '青山镇', '白沙镇'];
const GROUPS = ['乡镇', '街道', '园区'];
/** Veto cells: the first seven do not veto (spec 3.2), the rest do. */
export const NO_VETO: readonly unknown[] = [null, '', '-', 0, '否', 'No', 'FALSE', false, ' 无 '];
export const VETOES: readonly unknown[] = ['发生较大安全事故', 'x', 1, true, '是'];

function pick<T>(g: GenValue, items: readonly T[]): T {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })];
}
const chance = (g: GenValue, percent: number): boolean => g(fc.integer, { min: 1, max: 100 }) <= percent;

function genMethod(g: GenValue, type: MethodType): Record<string, unknown> {
  switch (type) {
    case 'ratio': {
      const m: Record<string, unknown> = { type };
      if (chance(g, 50)) m.cap = pick(g, [1, 1.2, 1.5, 0.8]);
      if (chance(g, 30)) m.floor = pick(g, [0, 0.5, 0.6]);
      return m;
    }
    case 'schedule': {
      if (chance(g, 40)) {
        const m: Record<string, unknown> = { type, mode: 'proportional' };
        if (chance(g, 50)) m.cap = pick(g, [1, 1.2]);
        return m;
      }
      const m: Record<string, unknown> = { type, penaltyPerPoint: pick(g, [0, 0.5, 1, 2]) };
      if (chance(g, 50)) m.mode = 'points';
      if (chance(g, 60)) m.bonusPerPoint = pick(g, [0, 0.1, 0.2]);
      if (chance(g, 60)) m.maxBonus = pick(g, [0, 2, 3]);
      return m;
    }
    case 'bands': {
      const n = g(fc.integer, { min: 1, max: 4 });
      const bands = Array.from({ length: n }, () => {
        const b: Record<string, unknown> = { score: pick(g, [1, 0.8, 0.6, 0.5, 0.3, 0]) };
        if (chance(g, 80)) b.min = pick(g, [-1, 0, 0.5, 0.8, 0.9, 1, 5, 20, 50]);
        if (chance(g, 25)) b.max = pick(g, [0.5, 1, 1.2, 10, 100]);
        if (typeof b.min === 'number' && typeof b.max === 'number' && b.min > b.max) delete b.max;
        return b;
      });
      const m: Record<string, unknown> = { type, bands };
      if (chance(g, 50)) m.else = pick(g, [0, 0.2, 0.3]);
      return m;
    }
    case 'relative':
    case 'minmax':
      return { type };
    case 'rank': {
      const m: Record<string, unknown> = { type, step: pick(g, [0, 1, 2, 2.5, 5]) };
      if (chance(g, 50)) m.floor = pick(g, [0, 5, 10]);
      return m;
    }
    case 'perUnit':
      return { type, points: pick(g, [-10, -2, -0.5, 0.5, 1, 2, 5, 10]) };
  }
}

/** A figure: mostly small integers (ties are common), sometimes one or two decimals. */
function genActual(g: GenValue): number {
  switch (g(fc.integer, { min: 0, max: 3 })) {
    case 0:
      return pick(g, [0, 1, 2, 3, 5, 8, 10]);
    case 1:
      return g(fc.integer, { min: -5, max: 150 });
    case 2:
      return g(fc.integer, { min: -50, max: 1500 }) / 10;
    default:
      return g(fc.integer, { min: 0, max: 20000 }) / 100;
  }
}
const genTarget = (g: GenValue): number => (chance(g, 70) ? g(fc.integer, { min: 1, max: 120 }) : g(fc.integer, { min: 1, max: 2000 }) / 10);

export interface ModelOptions {
  methods: readonly MethodType[];
  maxUnits?: number;
  maxIndicators?: number;
  /** Draw tiers (with quota only where the reference can follow it). */
  tiers?: boolean;
}

export function genModel(g: GenValue, options: ModelOptions): Model {
  const nInd = g(fc.integer, { min: 1, max: options.maxIndicators ?? 4 });
  const indicators: ModelIndicator[] = Array.from({ length: nInd }, (_, i) => {
    const type = pick(g, options.methods);
    const needsTarget = type === 'ratio' || type === 'schedule';
    const ind: ModelIndicator = {
      id: pick(g, ['k', 'inv', 'x_', 'a-b']) + String(i),
      weight: pick(g, [10, 20, 25, 30, 40, 12.5, 7, 33, 0.5]),
      method: genMethod(g, type),
      hasTarget: needsTarget || chance(g, 50),
    };
    if (!needsTarget && chance(g, 30)) ind.direction = pick(g, ['higher', 'lower'] as const);
    if (chance(g, 50)) ind.missing = pick(g, ['error', 'zero', 'full', 'exclude'] as const);
    return ind;
  });
  const hasGroup = chance(g, 40);
  const bonus = chance(g, 50) ? (chance(g, 50) ? { max: pick(g, [3, 5]) } : {}) : null;
  const deduction = chance(g, 50) ? (chance(g, 50) ? { max: pick(g, [5, 10]) } : {}) : null;
  const veto = chance(g, 40);

  const nUnits = g(fc.integer, { min: 1, max: options.maxUnits ?? 10 });
  const names = g(fc.shuffledSubarray, NAMES, { minLength: nUnits, maxLength: nUnits });
  const units: ModelUnit[] = names.map((name) => {
    const targets = indicators.map((ind) => {
      if (!ind.hasTarget) return null;
      const policy = ind.missing ?? 'error';
      return (policy === 'full' || policy === 'exclude') && chance(g, 10) ? null : genTarget(g);
    });
    const actuals = indicators.map((ind) => ((ind.missing ?? 'error') !== 'error' && chance(g, 12) ? null : genActual(g)));
    const adjustment = (): number | null => (chance(g, 40) ? null : pick(g, [0, 0.5, 1, 2, 3.5, 5, 8, 12]));
    return {
      name,
      group: hasGroup ? (chance(g, 5) ? null : pick(g, GROUPS)) : null,
      targets,
      actuals,
      bonus: bonus ? adjustment() : null,
      deduction: deduction ? adjustment() : null,
      veto: veto ? (chance(g, 20) ? pick(g, VETOES) : pick(g, NO_VETO)) : null,
    };
  });

  const ruleSet: Record<string, unknown> = {
    format: 'standings/ruleset@1',
    name: '随机考核',
    unit: hasGroup ? { column: UNIT, groupColumn: GROUP } : { column: UNIT },
    indicators: indicators.map((ind, i) => {
      const out: Record<string, unknown> = { id: ind.id, weight: ind.weight, actual: actualColumn(i), method: ind.method };
      if (ind.hasTarget) out.target = targetColumn(i);
      if (ind.direction) out.direction = ind.direction;
      if (ind.missing) out.missing = ind.missing;
      return out;
    }),
  };
  const adjustments: Record<string, unknown>[] = [];
  if (bonus) adjustments.push({ type: 'bonus', column: BONUS, ...bonus });
  if (deduction) adjustments.push({ type: 'deduction', column: DEDUCTION, ...deduction });
  if (veto) adjustments.push({ type: 'veto', column: VETO });
  if (adjustments.length > 0 || chance(g, 20)) ruleSet.adjustments = adjustments;
  if (chance(g, 70)) {
    const total: Record<string, unknown> = {};
    if (chance(g, 70)) total.precision = g(fc.integer, { min: 0, max: 4 });
    if (chance(g, 40)) total.min = 0;
    if (chance(g, 20)) total.max = pick(g, [60, 100]);
    ruleSet.total = total;
  }
  if (chance(g, 70)) {
    const ranking: Record<string, unknown> = {};
    if (chance(g, 70)) ranking.ties = pick(g, ['competition', 'dense']);
    if (chance(g, 50)) ranking.tieBreak = g(fc.shuffledSubarray, indicators.map((ind) => ind.id));
    if (hasGroup && chance(g, 40)) ranking.byGroup = g(fc.boolean);
    ruleSet.ranking = ranking;
  }
  if (options.tiers !== false && chance(g, 80)) {
    ruleSet.tiers = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, (_, t) => ({
      label: `等次${t}`,
      kind: pick(g, ['reward', 'penalty', 'neutral']),
      when: genWhen(g),
    }));
  }
  return { indicators, units, hasGroup, bonus, deduction, veto, ruleSet, period: pick(g, ['2026', '2026H1', '2026Q1', '2026Q3', '2026-05', '2026-11']) };
}

function genWhen(g: GenValue): Record<string, unknown> {
  const when: Record<string, unknown> = {};
  const side = pick(g, ['top', 'bottom', 'none']);
  if (side === 'top' && chance(g, 70)) when.top = g(fc.integer, { min: 0, max: 5 });
  if (side === 'top' && chance(g, 40)) when.topPercent = pick(g, [0, 10, 20, 30, 50, 100, 33.3]);
  if (side === 'bottom' && chance(g, 70)) when.bottom = g(fc.integer, { min: 0, max: 5 });
  if (side === 'bottom' && chance(g, 40)) when.bottomPercent = pick(g, [0, 10, 20, 30, 50, 100]);
  if (chance(g, 25)) when.minScore = pick(g, [0, 30, 50, 60, 80, 90]);
  if (chance(g, 15)) when.maxScore = pick(g, [20, 50, 60, 100]);
  if (chance(g, 15)) when.veto = g(fc.boolean);
  const counted = ['top', 'bottom', 'topPercent', 'bottomPercent'].some((k) => k in when);
  if (counted && chance(g, 40)) when.quota = true;
  return when;
}

// ---------------------------------------------------------------------------------------------
// Layout: model → tables.

export interface Layout {
  /** Put the adjustment columns in a second range. */
  split: boolean;
  /** Row order of each range (a permutation of unit indexes). */
  rowOrders: number[][];
  /** Swap the two ranges' order. */
  swap: boolean;
  /** Top-left corner (row, column) of each range. */
  origins: [number, number][];
}

export function genLayout(g: GenValue, model: Model): Layout {
  const indexes = model.units.map((_, i) => i);
  const split = model.bonus !== null || model.deduction !== null || model.veto ? chance(g, 50) : false;
  return {
    split,
    rowOrders: [indexes, split ? g(fc.shuffledSubarray, indexes, { minLength: indexes.length }) : indexes],
    swap: false,
    origins: [
      [g(fc.integer, { min: 1, max: 30 }), g(fc.integer, { min: 1, max: 40 })],
      [g(fc.integer, { min: 1, max: 30 }), g(fc.integer, { min: 1, max: 40 })],
    ],
  };
}

function rangeOf(sheet: string, origin: [number, number], rows: unknown[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const [top, left] = origin;
  return { sheet, address: `${columnLetters(left)}${top}:${columnLetters(left + width - 1)}${top + rows.length - 1}`, values: rows };
}

export function toTables(model: Model, layout: Layout): Table[] {
  const main: string[] = [UNIT];
  if (model.hasGroup) main.push(GROUP);
  model.indicators.forEach((ind, i) => {
    if (ind.hasTarget) main.push(targetColumn(i));
    main.push(actualColumn(i));
  });
  const adj: string[] = [];
  if (model.bonus) adj.push(BONUS);
  if (model.deduction) adj.push(DEDUCTION);
  if (model.veto) adj.push(VETO);
  const cellOf = (u: ModelUnit, column: string): unknown => {
    if (column === UNIT) return u.name;
    if (column === GROUP) return u.group;
    if (column === BONUS) return u.bonus;
    if (column === DEDUCTION) return u.deduction;
    if (column === VETO) return u.veto;
    const i = Number(column.slice(2)) - 1;
    return column.startsWith('目标') ? u.targets[i] : u.actuals[i];
  };
  const build = (columns: string[], order: number[]): unknown[][] => [columns, ...order.map((i) => columns.map((c) => cellOf(model.units[i], c)))];
  const tables = layout.split
    ? [rangeOf('完成情况', layout.origins[0], build(main, layout.rowOrders[0])), rangeOf('加减分', layout.origins[1], build([UNIT, ...adj], layout.rowOrders[1]))]
    : [rangeOf('完成情况', layout.origins[0], build([...main, ...adj], layout.rowOrders[0]))];
  return layout.swap ? [...tables].reverse() : tables;
}

// ---------------------------------------------------------------------------------------------
// Deep freeze, for checking that the engine never mutates its inputs.

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
