// `npm run demo`: ranks the county example through the `standings rank` command, prints the
// standings as an aligned table and leaves the ranked workbook in examples/out/.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../src/engine/types';
import { main, processIo } from '../src/cli/main';
import { LABELS } from '../src/workbook/layout/labels';
import { rankChange } from '../src/workbook/layout/resultSheet';
import { padTo, textWidth } from '../src/workbook/layout/textWidth';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rel = (path: string): string => relative(process.cwd(), join(root, path)) || '.';
const OUT = 'examples/out/county-2026.ranked.xlsx';
const JSON_OUT = 'examples/out/county-2026.result.json';

function table(result: RunResult): string {
  const words = LABELS['zh-CN'];
  const header = [words.group, words.rank, words.unit, words.total, words.tier, words.change, words.notes];
  const rows = result.units.map((u) => [
    u.group ?? '',
    String(u.rank),
    u.unit,
    u.total.toFixed(2),
    u.tier ?? '',
    rankChange(words, u.rank, u.previousRank, true) ?? '',
    u.veto === null ? '' : words.vetoNote(u.veto),
  ]);
  const right = new Set([1, 3]);
  const widths = header.map((h, c) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[c]))));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => padTo(cell, widths[c], right.has(c) ? 'right' : 'left')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

await mkdir(join(root, 'examples/out'), { recursive: true });
const code = await main(
  ['rank', rel('examples/county-2026.xlsx'), '--period', '2026Q3', '--out', rel(OUT), '--json', rel(JSON_OUT), '--replace'],
  processIo,
);
if (code !== 0) {
  process.exitCode = code;
} else {
  const result = JSON.parse(await readFile(join(root, JSON_OUT), 'utf8')) as RunResult;
  console.log(`\n${result.ruleSet}  ${result.period.label}（序时进度 ${Math.round(result.period.elapsed * 1000) / 10}%）\n`);
  console.log(table(result));
  console.log(`\n结果工作簿：${rel(OUT)}`);
}
