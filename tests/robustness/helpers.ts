// Shared by the robustness tests: run the CLI in-process with captured output, hash files, and
// read a ranked workbook's result sheet back.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../src/workbook/layout/resultSheet';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `standings ...` in this process, from `cwd`, at a fixed time. */
export async function runCli(args: readonly string[], cwd: string, now = new Date('2026-07-01T08:00:00Z')): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, now: () => now };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Names in a folder, sorted, hidden ones included. */
export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

export interface SheetRow {
  rank: unknown;
  unit: unknown;
  total: unknown;
}

/** The result sheet's rows: rank (column A), unit (B) and the column headed `total`. */
export function resultRows(ws: ExcelJS.Worksheet, totalHeader: string): SheetRow[] {
  const header = ws.getRow(HEADER_ROW + 1);
  let totalCol = -1;
  header.eachCell((cell, col) => {
    if (cell.value === totalHeader) totalCol = col;
  });
  if (totalCol < 0) throw new Error(`no column headed ${totalHeader}`);
  const rows: SheetRow[] = [];
  for (let r = FIRST_DATA_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push({ rank: row.getCell(1).value, unit: row.getCell(2).value, total: row.getCell(totalCol).value });
  }
  return rows;
}

/** Every cell of every sheet that holds a formula, as `Sheet!A1`. */
export function formulaCells(book: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) found.push(`${ws.name}!${cell.address}`);
      });
    });
  }
  return found;
}

/** Cells of the named sheets holding an error value or a number that is not finite. */
export function oddCells(book: ExcelJS.Workbook, sheets: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of sheets) {
    book.getWorksheet(name)?.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        const odd = (typeof v === 'number' && !Number.isFinite(v)) || (typeof v === 'object' && v !== null && 'error' in v);
        if (odd) found.push(`${name}!${cell.address}`);
      });
    });
  }
  return found;
}

export async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return book;
}

/** With STANDINGS_ROBUSTNESS_STATS=FILE, appends a test's counts to FILE (tests may not print). */
export async function writeStats(name: string, stats: object): Promise<void> {
  const file = process.env.STANDINGS_ROBUSTNESS_STATS;
  if (file !== undefined && file !== '') await appendFile(file, `${JSON.stringify({ name, ...stats })}\n`);
}
