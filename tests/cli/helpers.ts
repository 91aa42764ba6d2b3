// Runs the `standings` command as a child process (so its output never reaches the test's console)
// and gives the workbook and file-system checks the CLI tests share.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
const BIN = join(ROOT, 'bin/standings.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function standings(args: readonly string[], cwd: string = ROOT): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder holding copies of the named fixtures. */
export async function workspace(...fixtures: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'standings-'));
  for (const f of fixtures) await copyFile(join(FIXTURES, f), join(dir, f));
  return dir;
}

/** File name → SHA-256 of every file in a folder. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    out.set(name, createHash('sha256').update(await readFile(join(dir, name))).digest('hex'));
  }
  return out;
}

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

export function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}; sheets: ${book.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** Values of a rectangle, 1-based inclusive, as exceljs reads them. */
export function grid(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  return rows;
}
