// The ranked workbook opens in LibreOffice: convert the result sheet to CSV headless and check
// ranks and totals. Skipped, with the reason, only where soffice is not installed (.ci/run installs it).
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, standings, workspace } from './helpers';
import { findSoffice } from '../soffice';

const soffice = findSoffice();

/** Minimal CSV parsing: LibreOffice quotes fields holding commas or quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') {
          quoted = !quoted;
        } else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else {
          cell += ch;
        }
      }
      cells.push(cell);
      return cells;
    });
}

describe('LibreOffice reads the ranked workbook', () => {
  it('soffice --convert-to csv shows the ranks, units and totals', async (ctx) => {
    if (soffice === null) ctx.skip('soffice not found on PATH; install libreoffice-calc-nogui (.ci/run does) to run this test');
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', join(FIXTURES, 'basic-rules.json'), '--period', '2026Q2'], dir)).code).toBe(0);
    // Sheet 4 (1-based) is the result sheet; UTF-8 (76), comma-separated, values as stored.
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4', '--outdir', join(dir, 'csv'), join(dir, 'basic.ranked.xlsx')],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const [file] = await readdir(join(dir, 'csv'));
    const rows = parseCsv(await readFile(join(dir, 'csv', file), 'utf8'));
    expect(rows[0][0]).toBe('完成率考核');
    expect(rows[4].slice(0, 2)).toEqual(['排名', '单位']);
    expect(rows.slice(5).map((r) => [r[0], r[1], r[7], r[8]])).toEqual([
      ['1', '城关镇', '95', '表彰'],
      ['2', '+1', '92', '表彰'],
      ['3', '=1+1', '80', ''],
      ['4', '-1', '70', ''],
      ['5', '@SUM(A1)', '60', '通报批评'],
      ['6', '东湖镇', '100', '一票否决'],
    ]);
  });
});
