// Benchmark 4: `standings rank` end to end on .xlsx files, against exceljs reading and writing
// the same workbook (the I/O floor), and LibreOffice recalculating the formula workbook.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { formulaSheet, makeBook } from './generate';
import { median } from './measure';

export interface CliRow {
  n: number;
  rankMs: number;
  /** CPU time (user + system): steadier than wall time on a loaded machine. */
  rankCpuMs: number;
  rankMb: number;
  floorMs: number;
  floorCpuMs: number;
  floorMb: number;
  libreOfficeMs: number | null;
}

async function writeBook(file: string, rows: (string | number)[][], formulas: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('数据');
  for (const row of rows) {
    sheet.addRow(row.map((v) => (formulas && typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v)));
  }
  await book.xlsx.writeFile(file);
}

interface Timed {
  ms: number;
  cpuMs: number;
  mb: number;
}

function timed(cmd: string, args: string[]): Timed {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = /maxrss (\d+) cpu ([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: rss ? Number(rss[2]) : NaN, mb: rss ? Number(rss[1]) / 1024 : NaN };
}

const hasSoffice = (): boolean => spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

export async function benchCli(sizes: readonly number[], runs: number, options: { libreOffice?: boolean } = {}): Promise<CliRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standings-bench-'));
  const tsx = ['--import', 'tsx'];
  const out: CliRow[] = [];
  try {
    for (const n of sizes) {
      const book = makeBook(n);
      const input = path.join(dir, `book-${n}.xlsx`);
      await writeBook(input, [book.header, ...book.rows], false);
      const rules = path.join(dir, 'rules.json');
      writeFileSync(rules, JSON.stringify({ ...(book.ruleSet as object), sources: [`数据!A1:U${n + 1}`] }));
      const rank: Timed[] = [];
      const floor: Timed[] = [];
      for (let i = 0; i < (n >= 100_000 ? 1 : runs); i++) {
        const target = path.join(dir, `out-${n}-${i}.xlsx`);
        rank.push(timed(process.execPath, [...tsx, 'bench/cliRank.ts', 'rank', input, '--rules', rules, '--period', '2026Q3', '--out', target]));
        floor.push(timed(process.execPath, [...tsx, 'bench/cliFloor.ts', input, path.join(dir, `floor-${n}-${i}.xlsx`)]));
        rmSync(target, { force: true });
      }
      let libreOfficeMs: number | null = null;
      if (options.libreOffice !== false && hasSoffice() && n <= 10_000) {
        const formulas = path.join(dir, `formulas-${n}.xlsx`);
        await writeBook(formulas, formulaSheet(book), true);
        const t = performance.now();
        execFileSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', dir, formulas], { stdio: 'ignore' });
        libreOfficeMs = performance.now() - t;
      }
      out.push({
        n,
        rankMs: median(rank.map((r) => r.ms)),
        rankCpuMs: median(rank.map((r) => r.cpuMs)),
        rankMb: Math.max(...rank.map((r) => r.mb)),
        floorMs: median(floor.map((r) => r.ms)),
        floorCpuMs: median(floor.map((r) => r.cpuMs)),
        floorMb: Math.max(...floor.map((r) => r.mb)),
        libreOfficeMs,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
