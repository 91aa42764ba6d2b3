import { describe, expect, it } from 'vitest';
import { STORE_FORMAT, type Store } from '../../src/workbook/store';
import { decodeStore, encodeStore, STORE_CHUNK } from '../../src/workbook/storeCodec';

const run = (n: number): Store['runs'][number] => ({
  time: '2026-07-10T02:00:00.000Z',
  period: { label: '2026Q2', elapsed: 0.5 },
  ruleSet: '考核',
  sources: ['表!A1:C9'],
  units: Array.from({ length: n }, (_, i) => ({ unit: `单位${i}`, group: i % 2 === 0 ? '乡镇' : null, rank: i + 1, total: 100 - i / 3 })),
});
const store = (n: number): Store => ({ format: STORE_FORMAT, ruleSet: { name: '考核', anything: [1, 'two'] }, runs: [run(n)] });

describe('store codec', () => {
  it('round-trips a small store in two cells: the marker and the JSON', () => {
    const cells = encodeStore(store(3));
    expect(cells).toEqual([[STORE_FORMAT], [JSON.stringify(store(3))]]);
    expect(decodeStore(cells)).toEqual({ store: store(3), issues: [] });
  });

  it('splits a large store into chunks that fit an Excel cell, and joins them back', () => {
    const big = store(2000);
    const json = JSON.stringify(big);
    const cells = encodeStore(big);
    expect(cells).toHaveLength(1 + Math.ceil(json.length / STORE_CHUNK));
    expect(cells.slice(1).every(([c]) => c.length <= STORE_CHUNK && c.length < 32_767)).toBe(true);
    expect(decodeStore(cells).store).toEqual(big);
  });

  it('never cuts a character outside the BMP in two between chunks', () => {
    const padded = (k: number): Store => ({ ...store(1), ruleSet: { pad: 'x'.repeat(k) + '𠮷' } });
    const at = JSON.stringify(padded(0)).indexOf('𠮷');
    const straddling = padded(STORE_CHUNK - 1 - at);
    expect(JSON.stringify(straddling).indexOf('𠮷')).toBe(STORE_CHUNK - 1);
    // Through UTF-8, as a file keeps each cell: a lone half would come back as U+FFFD.
    const cells = encodeStore(straddling).map(([c]) => [new TextDecoder().decode(new TextEncoder().encode(c))]);
    expect(decodeStore(cells).store).toEqual(straddling);
  });

  it('reads values as hosts give them, blanks after the chunks ignored', () => {
    expect(decodeStore([[STORE_FORMAT], [JSON.stringify(store(1))], [''], [null]]).store).toEqual(store(1));
  });

  it('a missing marker is an issue at A1, not an exception', () => {
    expect(decodeStore([['hello'], ['{}']])).toEqual({
      store: null,
      issues: [{ code: 'store-no-marker', cell: '_standings_store!A1', detail: 'hello' }],
    });
    expect(decodeStore([]).issues.map((i) => i.code)).toEqual(['store-no-marker']);
  });

  it('damaged JSON is an issue at A2', () => {
    const { store: s, issues } = decodeStore([[STORE_FORMAT], ['{"format":']]);
    expect(s).toBeNull();
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['store-bad-json', '_standings_store!A2']]);
  });

  it('every shape problem is reported with its JSON path', () => {
    const bad = { format: STORE_FORMAT, ruleSet: {}, runs: [{ ...run(2), time: 'yesterday', units: [{ unit: 'a', group: null, rank: 0, total: 'x' }] }], extra: 1 };
    const { store: s, issues } = decodeStore([[STORE_FORMAT], [JSON.stringify(bad)]]);
    expect(s).toBeNull();
    expect(issues.map((i) => [i.code, i.path]).sort()).toEqual([
      ['store-bad-shape', ''],
      ['store-bad-shape', 'runs[0].time'],
      ['store-bad-shape', 'runs[0].units[0].rank'],
      ['store-bad-shape', 'runs[0].units[0].total'],
    ]);
  });
});
