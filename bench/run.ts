// `npm run bench`: every benchmark side by side with its peer, printed and written to RESULTS.md.
// Not part of `npm test`: timings are measured here, never asserted in tests.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchCli } from './cli';
import { benchEngine } from './engine';
import { fmtMs, fmtRatio, growth } from './measure';

const SIZES = [1_000, 10_000, 100_000];
const quick = process.argv.includes('--quick');
const sizes = quick ? [1_000, 10_000] : SIZES;
const HF_BUDGET_MS = quick ? 20_000 : 240_000;

const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
  console.log(line);
};

out('# Benchmarks');
out();
out(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. Run ${new Date().toISOString()}.`);
out();
out('## 1–2. Engine against HyperFormula and against the floor (10 indicators)');
out();
out('HyperFormula evaluates the sheet an office builds by hand (MIN/IF per indicator, SUM, ROUND, and');
out('COUNTIF(">"&x)+1 for the rank, since HyperFormula has no RANK.EQ); its totals and ranks are');
out('checked equal to the engine\'s before timing. The floor reads every input number once and sorts the totals.');
out();
out('| units | engine | floor | engine / floor | HyperFormula | HyperFormula / engine |');
out('|---:|---:|---:|---:|---:|---:|');
const rows = benchEngine(sizes, HF_BUDGET_MS);
for (const r of rows) {
  const hf = r.hyperformula === null ? r.hyperformulaNote : fmtMs(r.hyperformula);
  const hfRatio = r.hyperformula === null ? '–' : fmtRatio(r.hyperformula / r.engine);
  out(`| ${r.n.toLocaleString('en')} | ${fmtMs(r.engine)} | ${fmtMs(r.baseline)} | ${fmtRatio(r.engine / r.baseline)} | ${hf} | ${hfRatio} |`);
}
out();
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const hf = a.hyperformula !== null && b.hyperformula !== null ? `, HyperFormula N^${growth(a.n, a.hyperformula, b.n, b.hyperformula).toFixed(2)}` : '';
  out(`Growth ${a.n.toLocaleString('en')} → ${b.n.toLocaleString('en')}: engine N^${growth(a.n, a.engine, b.n, b.engine).toFixed(2)}, floor N^${growth(a.n, a.baseline, b.n, b.baseline).toFixed(2)}${hf}.`);
}

out();
out('## 4. CLI end to end on .xlsx files');
out();
out('`standings rank` (read, score, write the result and rules sheets and the store into a copy of the');
out('workbook) against exceljs reading and writing the same workbook, each as a fresh Node process');
out('through tsx; LibreOffice headless recalculating the equivalent formula workbook (to CSV) when');
out('`soffice` is installed (up to 10,000 units: its rank formulas are quadratic).');
out();
out('| units | standings rank | peak memory | exceljs read + write | peak memory | rank / floor | LibreOffice |');
out('|---:|---:|---:|---:|---:|---:|---:|');
const cliSizes = quick ? [1_000] : [1_000, 20_000, 100_000];
for (const r of await benchCli(cliSizes, quick ? 1 : 3)) {
  const lo = r.libreOfficeMs === null ? '–' : fmtMs(r.libreOfficeMs);
  out(`| ${r.n.toLocaleString('en')} | ${fmtMs(r.rankMs)} | ${r.rankMb.toFixed(0)} MB | ${fmtMs(r.floorMs)} | ${r.floorMb.toFixed(0)} MB | ${fmtRatio(r.rankMs / r.floorMs)} | ${lo} |`);
}

if (!quick) writeFileSync(new URL('./RESULTS.md', import.meta.url), `${lines.join('\n')}\n`);
