// The committed example: its generator reproduces it, and `npm run demo` ranks it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCounty } from '../../examples/make-county';
import { textWidth } from '../../src/workbook/layout/textWidth';
import { grid, readBook, ROOT } from './helpers';

describe('examples/county-2026.xlsx', () => {
  it('is what examples/make-county.ts writes, sheet by sheet and cell by cell', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standings-county-'));
    await makeCounty(join(dir, 'county.xlsx'));
    const [fresh, committed] = await Promise.all([readBook(join(dir, 'county.xlsx')), readBook(join(ROOT, 'examples/county-2026.xlsx'))]);
    const dump = (book: typeof fresh) => book.worksheets.map((ws) => ({ name: ws.name, state: ws.state, cells: grid(ws, 1, 1, ws.rowCount, ws.columnCount) }));
    expect(dump(fresh)).toEqual(dump(committed));
    expect(committed.worksheets.map((ws) => ws.name)).toEqual(['目标', '完成情况', '_standings_store']);
    expect(committed.getWorksheet('目标')!.rowCount).toBe(21);
  });
});

describe('npm run demo', () => {
  it('ranks the example, prints an aligned table and writes examples/out/county-2026.ranked.xlsx', async () => {
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { cwd: ROOT, encoding: 'utf8' }, (error, stdout) => {
        done({ code: error === null ? 0 : Number(error.code), stdout });
      });
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('类别  排名  单位'));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, header + 22);
    expect(rows.filter((l) => l.startsWith('乡镇'))).toHaveLength(12);
    expect(rows.filter((l) => l.startsWith('部门'))).toHaveLength(8);
    // The total column ends at the same display column on every row, CJK counting double.
    const totalEnd = (line: string): number => textWidth(/^.*?\d+\.\d{2}/.exec(line)![0]);
    expect(new Set(rows.map(totalEnd)).size).toBe(1);
    expect(rows).toContain('乡镇    12  红旗乡      66.64  一票否决  持平      一票否决：发生较大安全生产事故');
    expect(existsSync(join(ROOT, 'examples/out/county-2026.ranked.xlsx'))).toBe(true);
  });
});
