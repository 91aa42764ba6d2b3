// Packing commands into requests: order kept, the budget kept, and a command over rows cut
// between rows so that it fills what a request has left instead of opening a new one.
import { describe, expect, it } from 'vitest';
import { lastRowFitting, pack, prefixSums, type Sized } from '../../../src/workbook/office/pack';

interface Op extends Sized {
  rows: number[];
}

/** A command over the given rows (their sizes), splittable between rows when `splittable`. */
function rowsOp(sizes: readonly number[], start: number, stop: number, splittable = true): Op {
  const sums = prefixSums(sizes);
  const make = (a: number, b: number): Op => ({
    bytes: sums[b] - sums[a],
    rows: Array.from({ length: b - a }, (_, i) => a + i),
    ...(splittable
      ? {
          split: (room: number) => {
            const end = Math.max(a + 1, lastRowFitting(sums, a, b, room));
            return end >= b ? null : ([make(a, end), make(end, b)] as const);
          },
        }
      : {}),
  });
  return make(start, stop);
}

const fixed = (bytes: number): Op => ({ bytes, rows: [] });
const sizeOf = (batch: readonly Op[]): number => batch.reduce((sum, op) => sum + op.bytes, 0);

describe('pack', () => {
  it('cuts a command over rows to fill each request, keeping every row once and in order', () => {
    const sizes = Array.from({ length: 1_000 }, (_, i) => 10 + (i % 7));
    const ops = [fixed(300), rowsOp(sizes, 0, sizes.length), fixed(50)];
    const batches = pack(ops, 1_000);
    for (const batch of batches) expect(sizeOf(batch)).toBeLessThanOrEqual(1_000);
    expect(batches.flat().flatMap((op) => op.rows)).toEqual(sizes.map((_, i) => i));
    // Every request but the last is as full as a whole row allows.
    for (const batch of batches.slice(0, -1)) expect(sizeOf(batch)).toBeGreaterThan(1_000 - 17);
    const total = 300 + 50 + sizes.reduce((a, b) => a + b, 0);
    expect(batches).toHaveLength(Math.ceil(total / (1_000 - 16)));
  });

  it('opens a new request for a command that cannot be cut', () => {
    const batches = pack([fixed(600), rowsOp([300, 300], 0, 2, false), fixed(10)], 1_000);
    expect(batches.map((b) => b.map((op) => op.bytes))).toEqual([[600], [600, 10]]);
  });

  it('sends a single row larger than the budget alone', () => {
    const batches = pack([fixed(100), rowsOp([50, 2_000, 50], 0, 3)], 1_000);
    expect(batches.map((b) => b.map((op) => op.rows))).toEqual([[[], [0]], [[1]], [[2]]]);
  });

  it('lastRowFitting finds the longest run of rows within the room', () => {
    const sums = prefixSums([5, 5, 5, 5]);
    expect(lastRowFitting(sums, 0, 4, 14)).toBe(2);
    expect(lastRowFitting(sums, 1, 4, 15)).toBe(4);
    expect(lastRowFitting(sums, 2, 4, 4)).toBe(2);
  });
});
