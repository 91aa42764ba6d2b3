// Random workbooks through the .xlsx round trip, at a fixed seed: a random rule set and table
// (tests/engine/properties/workbook.ts) with hostile strings and cell values mixed in, written by
// exceljs, read back through the adapter, ranked by runRanking, the result workbook written to a
// temporary folder and its result sheet read back. No exception escapes; every problem is a listed
// issue; a failed run writes nothing; a run that succeeds writes units, ranks and totals equal to
// the JSON result, with no formula anywhere in the sheets it wrote.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/engine/issues';
import { LABELS } from '../../src/workbook/layout/labels';
import { resultSheetName, rulesSheetName } from '../../src/workbook/layout/sheetName';
import { runRanking } from '../../src/workbook/run';
import { STORE_SHEET } from '../../src/workbook/storeCodec';
import { XlsxWorkbook } from '../../src/workbook/xlsx/XlsxWorkbook';
import { ALL_METHODS, genLayout, genModel, SEED, toTables } from '../engine/properties/workbook';
import { formulaCells, loadBook, oddCells, resultRows, writeStats } from './helpers';

/** Round trips per run: each costs two workbook writes and two reads. */
export const ROUND_TRIP_RUNS = 300;

const HOSTILE_TEXT = [
  '=1+1', '+SUM(1,2)', '-2+3', '@SUM(A1)', '\t=1+2', '\r=3+4', '=HYPERLINK("http://example.invalid","x")',
  'Ｃａｆé镇', 'Cafe\u0301', '👩‍👩‍👧', 'مدينة', '\u202eRTL', '\u0000nul', '\ud800', '长'.repeat(2000), '<b>&amp;</b>', ']]>', '"\'',
  '1,234.5', '35.6%', '１２３', '￥1,000', '1.2亿', '12万', '—', 'N/A', '无', '#DIV/0!', 'abc', '1e999', 'TRUE',
];

const hostileCell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom<ExcelJS.CellValue>({ error: '#DIV/0!' } as ExcelJS.CellValue, { error: '#N/A' } as ExcelJS.CellValue, { error: '#REF!' } as ExcelJS.CellValue),
  fc.constantFrom<ExcelJS.CellValue>({ formula: '1+1', result: 2 }, { formula: 'A1', result: '90%' }, { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue),
  fc.constantFrom<ExcelJS.CellValue>({ richText: [{ text: '1' }, { text: '2' }] }, { text: '城关镇', hyperlink: 'https://example.invalid/' }),
  // 1e300 against 1e-300 overflows the rate: a known engine bug the corpus keeps (huge-and-tiny-numbers).
  fc.constantFrom<ExcelJS.CellValue>(new Date(Date.UTC(2026, 2, 31)), true, false, 1e12, -1e12, 1e-6, -0, 0.1 + 0.2),
);

interface Drawn {
  model: ReturnType<typeof genModel>;
  tables: ReturnType<typeof toTables>;
}

/** A model and its tables, with some unit names and cells replaced by hostile ones. */
const drawnArb: fc.Arbitrary<Drawn> = fc
  .tuple(fc.gen(), fc.array(fc.tuple(fc.nat(), fc.nat(), hostileCell), { maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_TEXT)), { maxLength: 3 }))
  .map(([g, cells, names]) => {
    const model = genModel(g, { methods: ALL_METHODS, maxUnits: 8, maxIndicators: 3 });
    for (const [i, name] of names) model.units[i % model.units.length].name = name;
    const tables = toTables(model, genLayout(g, model));
    for (const [at, col, value] of cells) {
      const t = tables[at % tables.length];
      const row = t.values[1 + (at % Math.max(1, t.values.length - 1))];
      if (row !== undefined) (row as unknown[])[col % row.length] = value;
    }
    return { model, tables };
  });

/** Writes the tables at their addresses on their sheets. */
async function writeBook(path: string, tables: Drawn['tables']): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = book.getWorksheet(t.sheet) ?? book.addWorksheet(t.sheet);
    const m = /^([A-Z]+)(\d+):/.exec(t.address)!;
    const left = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const top = Number(m[2]);
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(top + r, left + c).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

const CODES = new Set<string>([...ISSUE_CODES, 'no-cached-value']);
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'standings-roundtrip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

export const roundTripStats = { runs: 0, succeeded: 0, failed: 0 };

describe('random workbooks through the .xlsx round trip', () => {
  it(`never throw, report only listed issues, and write what the JSON says (${ROUND_TRIP_RUNS} runs)`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(drawnArb, async ({ model, tables }) => {
        n += 1;
        const input = join(dir, `in-${n}.xlsx`);
        const output = join(dir, `out-${n}.xlsx`);
        await writeBook(input, tables);
        const workbook = await XlsxWorkbook.open(input, { outPath: output });
        const sources = tables.map((t) => `'${t.sheet}'!${t.address}`);
        const { result, sheetNames } = await runRanking(workbook, {
          ruleSet: model.ruleSet,
          sources,
          period: model.period,
          lang: 'zh-CN',
          replace: false,
          now: new Date('2026-07-01T08:00:00Z'),
        });
        roundTripStats.runs += 1;
        for (const issue of result.issues) expect(CODES.has(issue.code), issue.code).toBe(true);
        if (result.issues.some((i) => i.severity === 'error')) {
          roundTripStats.failed += 1;
          expect(result.units).toEqual([]);
          expect(sheetNames).toEqual([]);
          expect(existsSync(output)).toBe(false);
        } else {
          roundTripStats.succeeded += 1;
          const book = await loadBook(output);
          const name = resultSheetName(result.ruleSet, result.period.label);
          const written = [name, rulesSheetName(result.ruleSet, result.period.label, LABELS['zh-CN'].rulesSheetSuffix), STORE_SHEET];
          expect(sheetNames).toEqual(written.slice(0, 2));
          expect(resultRows(book.getWorksheet(name)!, LABELS['zh-CN'].total)).toEqual(result.units.map((u) => ({ rank: u.rank, unit: u.unit, total: u.total })));
          expect(formulaCells(book).filter((c) => written.some((s) => c.startsWith(`${s}!`)))).toEqual([]);
          expect(oddCells(book, written)).toEqual([]);
        }
        await rm(input, { force: true });
        await rm(output, { force: true });
      }),
      { seed: SEED, numRuns: ROUND_TRIP_RUNS },
    );
    await writeStats('roundTrip', roundTripStats);
    expect(roundTripStats.runs).toBeGreaterThanOrEqual(ROUND_TRIP_RUNS);
    // Both outcomes are exercised.
    expect(roundTripStats.succeeded).toBeGreaterThan(ROUND_TRIP_RUNS / 10);
    expect(roundTripStats.failed).toBeGreaterThan(ROUND_TRIP_RUNS / 10);
  });
});
