// How Excel takes a value written through `Range.values`: as if typed. Office documents that a
// string starting with `=`, `+` or `-` is read as a formula; `@` is Excel's old formula prefix;
// number-like text becomes a number; a leading apostrophe or a Text (`@`) number format keeps
// the string as it is. The fake models these cases, which are the ones that corrupt data.
import type { FakeCell } from './fakeBook';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The cell fields a written value sets, or null for "leave the cell unchanged" (Office.js `null`). */
export function interpretInput(input: unknown, numberFormat: string): Partial<FakeCell> | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') throw new TypeError(`fake: Excel cannot take a ${typeof input} as a cell value`);
  if (input === '') return { value: '', formula: null };
  if (numberFormat === '@') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  if (input.startsWith('=')) return { value: '', formula: input };
  if (input.startsWith('+') || input.startsWith('-')) return { value: '', formula: `=${input}` };
  if (input.startsWith('@')) return { value: '', formula: `=${input.slice(1)}` };
  return { value: input, formula: null };
}
