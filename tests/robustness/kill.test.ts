// Nothing lost: the CLI killed with SIGKILL at random points of a run, 50 times. After each kill
// the input is byte-identical, the target holds nothing or a complete ranked workbook (never part
// of one), and any file left behind is a temporary file named as ours, which the next run to the
// same target removes.
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFileOwner } from '../../src/workbook/xlsx/atomicWrite';
import { ROOT } from '../cli/helpers';
import { loadBook, sha256, writeStats } from './helpers';

export const KILLS = 50;
const UNITS = 1000;
const MAIN = join(ROOT, 'src/cli/main.ts');
/** tsx's loader by file URL: `--import tsx` would resolve from the child's working folder. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const RULES = {
  format: 'standings/ruleset@1',
  name: '中断考核',
  unit: { column: '单位' },
  indicators: [
    { id: 'done', label: '完成率', weight: 60, target: '计划', actual: '完成', method: { type: 'ratio', cap: 1.2 } },
    { id: 'funds', label: '资金', weight: 40, actual: '资金', method: { type: 'relative' } },
  ],
  tiers: [{ label: '表彰', kind: 'reward', when: { top: 10 } }],
  sources: [`数据!A1:D${UNITS + 1}`],
};

let base = '';
let fullRunMs = 0;

/** `node --import tsx src/cli/main.ts rank ...` (what bin/standings.mjs does, without its extra hop). */
function start(args: readonly string[], cwd: string): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'rank', ...args], { cwd, stdio: 'ignore' });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { done, kill: () => child.kill('SIGKILL') };
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so a failing kill can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'standings-kill-'));
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('数据');
  ws.addRow(['单位', '计划', '完成', '资金']);
  for (let i = 0; i < UNITS; i++) ws.addRow([`单位${i}`, 100 + (i % 7), (i * 37) % 130, (i * 53) % 1000]);
  await book.xlsx.writeFile(join(base, 'book.xlsx'));
  await writeFile(join(base, 'rules.json'), JSON.stringify(RULES));
  // One uninterrupted run, to spread the kills over its length.
  const dir = join(base, 'full');
  await mkdir(dir);
  await copyFile(join(base, 'book.xlsx'), join(dir, 'book.xlsx'));
  const t0 = performance.now();
  expect(await start(['book.xlsx', '--rules', join(base, 'rules.json'), '--period', '2026Q2'], dir).done).toBe(0);
  fullRunMs = performance.now() - t0;
}, 120_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

interface Outcome {
  target: 'absent' | 'complete';
  strays: string[];
}

async function killOnce(i: number, delayMs: number, inPlace: boolean): Promise<Outcome> {
  const dir = join(base, `kill-${i}`);
  await mkdir(dir);
  await copyFile(join(base, 'book.xlsx'), join(dir, 'book.xlsx'));
  const before = await sha256(join(dir, 'book.xlsx'));
  const target = inPlace ? 'book.xlsx' : 'book.ranked.xlsx';
  const run = start(['book.xlsx', '--rules', join(base, 'rules.json'), '--period', '2026Q2', ...(inPlace ? ['--out', 'book.xlsx'] : [])], dir);
  const timer = setTimeout(run.kill, delayMs);
  await run.done;
  clearTimeout(timer);

  const names = await readdir(dir);
  const strays = names.filter((n) => n !== 'book.xlsx' && n !== 'book.ranked.xlsx');
  for (const s of strays) expect(tempFileOwner(s, target), `kill ${i}: stray ${s}`).not.toBeNull();
  if (!inPlace) expect(await sha256(join(dir, 'book.xlsx')), `kill ${i}: input changed`).toBe(before);
  const untouched = inPlace ? (await sha256(join(dir, 'book.xlsx'))) === before : !names.includes(target);
  if (untouched) return { target: 'absent', strays };
  // Whatever is at the target is a whole ranked workbook.
  const book = await loadBook(join(dir, target));
  const ws = book.getWorksheet('中断考核 2026Q2');
  expect(ws, `kill ${i}: no result sheet`).toBeDefined();
  expect(ws!.getCell(UNITS + 5, 2).value, `kill ${i}: result sheet cut short`).toMatch(/^单位\d+$/);
  expect(book.getWorksheet('数据')!.rowCount).toBe(UNITS + 1);
  return { target: 'complete', strays };
}

export const killStats = { kills: 0, absent: 0, complete: 0, strays: 0 };

describe('SIGKILL while ranking', () => {
  it(`leaves the input intact and the target empty or complete (${KILLS} kills)`, async () => {
    expect(fullRunMs).toBeGreaterThan(0);
    const next = random(20261123);
    const plan = Array.from({ length: KILLS }, (_, i) => ({ i, delay: Math.floor(next() * fullRunMs * 1.6), inPlace: i % 5 === 4 }));
    // Two at a time, one per core.
    for (let k = 0; k < plan.length; k += 2) {
      const outcomes = await Promise.all(plan.slice(k, k + 2).map((p) => killOnce(p.i, p.delay, p.inPlace)));
      for (const o of outcomes) {
        killStats.kills += 1;
        killStats[o.target] += 1;
        killStats.strays += o.strays.length;
      }
    }
    expect(killStats.kills).toBe(KILLS);
    // Early kills find nothing; how many land after the rename depends on the machine's load.
    expect(killStats.absent).toBeGreaterThan(0);
    await writeStats('kill', { ...killStats, fullRunMs: Math.round(fullRunMs) });
  }, 300_000);

  it('a later run to the same target removes the temporary files of killed runs', async () => {
    const dir = join(base, 'strays');
    await mkdir(dir);
    await copyFile(join(base, 'book.xlsx'), join(dir, 'book.xlsx'));
    // A process that has exited: its id is free (unless reused, which the cleanup would respect).
    const gone = spawn(process.execPath, ['-e', '']);
    const pid = gone.pid!;
    await new Promise((resolve) => gone.on('exit', resolve));
    const stray = `.standings-tmp-${pid}-0123456789ab-book.ranked.xlsx`;
    const other = `.standings-tmp-${pid}-0123456789ab-other.xlsx`;
    await writeFile(join(dir, stray), 'PK partial');
    await writeFile(join(dir, other), 'PK partial');
    expect(await start(['book.xlsx', '--rules', join(base, 'rules.json'), '--period', '2026Q2'], dir).done).toBe(0);
    // Only the stray for this target goes; another target's is left alone.
    expect((await readdir(dir)).sort()).toEqual([other, 'book.ranked.xlsx', 'book.xlsx'].sort());
  }, 120_000);
});
