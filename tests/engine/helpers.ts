// Short builders for engine tests: a rule set with defaults, and a table from rows.
import { columnLetters } from '../../src/engine/address';
import { evaluate } from '../../src/engine/index';
import type { EvaluateOptions, RunResult, Table, UnitResult } from '../../src/engine/types';

export function table(sheet: string, rows: unknown[][], topLeft = 'A1'): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const m = /^([A-Z]+)(\d+)$/.exec(topLeft)!;
  const leftLetters = m[1];
  let left = 0;
  for (const ch of leftLetters) left = left * 26 + (ch.charCodeAt(0) - 64);
  const top = Number(m[2]);
  return { sheet, address: `${topLeft}:${columnLetters(left + width - 1)}${top + rows.length - 1}`, values: rows };
}

export function ruleSet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'standings/ruleset@1', name: '测试考核', unit: { column: '单位' }, indicators: [], ...overrides };
}

/** One indicator over one table with columns 单位, 目标, 完成. */
export function oneIndicator(indicator: Record<string, unknown>, rows: unknown[][], options: EvaluateOptions & { period?: string; extra?: Record<string, unknown> } = {}): RunResult {
  const rs = ruleSet({ indicators: [{ id: 'k', weight: 40, actual: '完成', ...indicator }], ...options.extra });
  const header = ['单位', '目标', '完成'];
  return evaluate(rs, [table('数据', [header, ...rows])], options.period ?? '2026', options);
}

export function byUnit(result: RunResult): Record<string, UnitResult> {
  return Object.fromEntries(result.units.map((u) => [u.unit, u]));
}

export function scores(result: RunResult, id = 'k'): Record<string, number | null> {
  return Object.fromEntries(result.units.map((u) => [u.unit, u.indicators[id].score]));
}

export function errors(result: RunResult): string[] {
  return result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.cell ?? i.path ?? ''}`);
}
