// The unit explanation sheet read back from the ranked .xlsx by LibreOffice (issue 7): converted to
// CSV headless, column A holds the engine's words line for line. The text is kept as a test
// artifact (test-artifacts/explanation-sheet.txt; docs/explanation-sheet.txt with
// UPDATE_DOCS_SCREENSHOTS, as the pane screenshots are). Skipped, with the reason, only where
// soffice is not installed (.ci/run installs it).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explanationText } from '../../src/engine/index';
import type { RunResult } from '../../src/engine/types';
import { readBook, ROOT, standings } from './helpers';
import { findSoffice } from '../soffice';

const SHEET = '县重点工作考核 2026Q3 解释';
const ARTIFACTS = join(ROOT, 'test-artifacts');

const soffice = findSoffice();

/** One-column CSV as LibreOffice writes it: a field holding a comma or a quote is quoted. */
function csvColumn(text: string): string[] {
  return text
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((line) => (line.startsWith('"') && line.endsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line));
}

describe('LibreOffice reads the explanation sheet', () => {
  it('soffice --convert-to csv shows every unit block in the engine words', async (ctx) => {
    if (soffice === null) ctx.skip('soffice not found on PATH; install libreoffice-calc-nogui (.ci/run does) to run this test');
    const dir = await mkdtemp(join(tmpdir(), 'standings-lo-explain-'));
    await copyFile(join(ROOT, 'examples/county-2026.xlsx'), join(dir, 'county.xlsx'));
    const run = await standings(['rank', 'county.xlsx', '--rules', join(ROOT, 'examples/county-rules.json'), '--period', '2026Q3', '--explain', '--json', 'result.json'], dir);
    expect(run.code).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as RunResult;

    // LibreOffice numbers the sheets in workbook order (1-based), the very hidden store among
    // them; exceljs lists them in that order.
    const book = await readBook(join(dir, 'county.ranked.xlsx'));
    const ordered = book.worksheets.map((w) => w.name);
    const sheetNumber = ordered.indexOf(SHEET) + 1;
    expect(sheetNumber).toBeGreaterThan(0);
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNumber}`,
        '--outdir',
        join(dir, 'csv'),
        join(dir, 'county.ranked.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const [file] = await readdir(join(dir, 'csv'));
    const lines = csvColumn(await readFile(join(dir, 'csv', file), 'utf8'));

    const blocks = (result.explanations ?? []).map((e) => {
      const text = explanationText(e, 'zh-CN');
      return [text.title, ...text.sections.flatMap((s) => [s.heading, ...s.lines])];
    });
    expect(blocks).toHaveLength(20);
    expect(lines).toEqual([
      '县重点工作考核 2026Q3 逐单位解释',
      '考核期：2026Q3（序时进度 75%）',
      '每个单位一段：各项指标的得分算式、加减分、总分、排名、等次，以及要前进需要多少分',
      '',
      ...blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b])),
    ]);
    expect(lines).toContain('柳溪乡（乡镇）：第 8 名，总分 72.03');

    const dump = `${lines.join('\n')}\n`;
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'explanation-sheet.txt'), dump);
    if (process.env.UPDATE_DOCS_SCREENSHOTS) await writeFile(join(ROOT, 'docs/explanation-sheet.txt'), dump);
  });
});
