// `npm run bench`: every benchmark side by side with its peer, printed and written to RESULTS.md.
// Not part of `npm test`: timings are measured here, never asserted in tests.
//   --quick               smaller sizes, fewer runs
//   --only engine,explain,cli,office,pane
//                         run only these parts (RESULTS.md is then left alone)
//   --cli-sizes 20000,…   units for the CLI part (default 1,000, 20,000 and 100,000)
//   --runs N              runs of each CLI size under 100,000 (default 3, quick 1)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fmtBytes } from './bytes';
import { benchCli } from './cli';
import { benchExplain } from './explain';
import { benchEngine, engineGoals } from './engine';
import { fmtMs, fmtRatio, growth } from './measure';
import { benchOffice, GOAL_EDGE_UNITS, officeGoals, threeSyncEdge } from './office';
import { benchPane, paneGoals } from './pane';

const SIZES = [1_000, 10_000, 100_000];
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const quick = argv.includes('--quick');
const only = option('--only')?.split(',');
const runs = (part: 'engine' | 'explain' | 'cli' | 'office' | 'pane'): boolean => only === undefined || only.includes(part);
const sizes = quick ? [1_000, 10_000] : SIZES;
const HF_BUDGET_MS = quick ? 20_000 : 240_000;

const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
  console.log(line);
};

out('# Benchmarks');
out();
out(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. Run ${new Date().toISOString()}, load average ${os.loadavg()[0].toFixed(2)} at the start.`);
out();
if (runs('engine')) {
  out('## 1–2. Engine against HyperFormula and against the floor (10 indicators)');
  out();
  out('HyperFormula evaluates the sheet an office builds by hand (MIN/IF per indicator, SUM, ROUND, and');
  out('COUNTIF(">"&x)+1 for the rank, since HyperFormula has no RANK.EQ); its totals and ranks are');
  out('checked equal to the engine\'s before timing. The floor reads every input number once and sorts the totals.');
  out('"Engine" is the run itself (read, score, rank, tiers), which keeps its figures in typed-array columns');
  out('and leaves target and actual in the input\'s cells; "with objects" adds the spec\'s result objects (one a');
  out('unit and one an indicator of each, section 4.3, with target and actual copied out), which evaluate()');
  out('returns and the result sheet and --json are built from. The engine and the floor are timed in turns');
  out('(21 rounds), so a change in the machine\'s load falls on both alike; then the result objects in turns');
  out('with the floor again (15 rounds, 9 at 100,000 units), whose garbage (1.1 million objects at 100,000');
  out('units) the next run collects: "with objects / floor" is against the floor of those turns.');
  out();
  out('| units | engine | with objects | floor | engine / floor | with objects / floor | HyperFormula | HyperFormula / engine |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rows = benchEngine(sizes, HF_BUDGET_MS);
  for (const r of rows) {
    const hf = r.hyperformula === null ? r.hyperformulaNote : fmtMs(r.hyperformula);
    const hfRatio = r.hyperformula === null ? '–' : fmtRatio(r.hyperformula / r.engine);
    out(`| ${r.n.toLocaleString('en')} | ${fmtMs(r.engine)} | ${fmtMs(r.engineObjects)} | ${fmtMs(r.baseline)} | ${fmtRatio(r.engine / r.baseline)} | ${fmtRatio(r.engineObjects / r.objectsBaseline)} | ${hf} | ${hfRatio} |`);
  }
  out();
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const hf = a.hyperformula !== null && b.hyperformula !== null ? `, HyperFormula N^${growth(a.n, a.hyperformula, b.n, b.hyperformula).toFixed(2)}` : '';
    out(`Growth ${a.n.toLocaleString('en')} → ${b.n.toLocaleString('en')}: engine N^${growth(a.n, a.engine, b.n, b.engine).toFixed(2)}, floor N^${growth(a.n, a.baseline, b.n, b.baseline).toFixed(2)}${hf}.`);
  }
  out();
  for (const line of engineGoals(rows)) out(line);
}

if (runs('explain')) {
  out();
  out('## 1b. Explanations (10 indicators)');
  out();
  out('The run alone, the run explaining the middle unit (a click in the task pane), and the run explaining');
  out('every unit with its gaps (the explanation sheet), one ranking of all units; with a 20% quota tier the');
  out('quota decides over everyone, so every answer re-runs the tier assignment.');
  out();
  out('| units | tiers | run | one unit | every unit | every unit / run | per unit |');
  out('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of benchExplain(quick ? [100] : [100, 1_000], quick ? 3 : 5)) {
    out(`| ${r.n.toLocaleString('en')} | ${r.quota ? 'quota' : 'top/bottom'} | ${fmtMs(r.run)} | ${fmtMs(r.one)} | ${fmtMs(r.all)} | ${fmtRatio(r.all / r.run)} | ${fmtMs(r.all / r.n)} |`);
  }
}

if (runs('cli')) {
  out();
  out('## 4. CLI end to end on .xlsx files');
  out();
  out('`standings rank` (stream the input sheet, score, write the input package with the result and rules');
  out('sheets and the store added) against exceljs reading and writing the same workbook (what the CLI did');
  out('until it copied the package instead: the floor of an exceljs round trip), each as a fresh Node process');
  out('through tsx; LibreOffice headless recalculating the equivalent formula workbook (to CSV) when');
  out('`soffice` is installed (up to 10,000 units: its rank formulas are quadratic). Wall times are medians;');
  out('CPU time (user + system) is steadier when other work shares the machine.');
  out();
  out('| units | standings rank | CPU | peak memory | exceljs read + write | CPU | peak memory | rank / floor | CPU rank / floor | LibreOffice |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cliSizes = option('--cli-sizes')?.split(',').map(Number) ?? (quick ? [1_000] : [1_000, 20_000, 100_000]);
  const cliRuns = Number(option('--runs') ?? (quick ? 1 : 3));
  for (const r of await benchCli(cliSizes, cliRuns)) {
    const lo = r.libreOfficeMs === null ? '–' : fmtMs(r.libreOfficeMs);
    out(`| ${r.n.toLocaleString('en')} | ${fmtMs(r.rankMs)} | ${fmtMs(r.rankCpuMs)} | ${r.rankMb.toFixed(0)} MB | ${fmtMs(r.floorMs)} | ${fmtMs(r.floorCpuMs)} | ${r.floorMb.toFixed(0)} MB | ${fmtRatio(r.rankMs / r.floorMs)} | ${fmtRatio(r.rankCpuMs / r.floorCpuMs)} | ${lo} |`);
}
}

if (runs('office')) {
  out();
  out('## 3. Office adapter over the fake Excel API (10 indicators)');
  out();
  out('A whole run (`runRanking` over `OfficeWorkbook`: read the input sheet, evaluate, write the result and');
  out('rules sheets and the store) on the fake Excel of tests/fakes, which counts syncs and the JSON bytes of');
  out('each request and response. The peer writes the same result sheet plan the naive way, one');
  out('`range.values = [[v]]` and one sync per non-empty cell; it is run on the fake up to 1,000 units, and');
  out('above that its syncs are the plan\'s non-empty cells and its largest request is measured on the');
  out('plan\'s longest cells. Times are the fake\'s, without Excel\'s round trips: in Excel every sync costs one.');
  out();
  out('| units | input (values) | syncs (read + write) | largest request (bytes) | largest response (bytes) | time | naive syncs | naive largest request (bytes) | naive time | naive / adapter syncs | naive / adapter time |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  // 28,000 units bring about 4 MB of input values: the edge of the sync goal.
  const officeRows = await benchOffice(quick ? sizes : [...sizes, GOAL_EDGE_UNITS].sort((a, b) => a - b), 1_000);
  for (const r of officeRows) {
    const naiveMs = r.naiveMs === null ? 'not run (counted from the plan)' : fmtMs(r.naiveMs);
    const timeRatio = r.naiveMs === null ? '–' : fmtRatio(r.naiveMs / r.ms);
    const failed = r.failedSyncs > 0 ? `, ${r.failedSyncs} failed` : '';
    out(`| ${r.n.toLocaleString('en')} | ${fmtBytes(r.inputBytes)} | ${r.syncs} (${r.readSyncs} + ${r.syncs - r.readSyncs}${failed}) | ${r.largestRequest.toLocaleString('en')} | ${r.largestResponse.toLocaleString('en')} | ${fmtMs(r.ms)} | ${r.naiveSyncs.toLocaleString('en')} | ${r.naiveLargestRequest.toLocaleString('en')} | ${naiveMs} | ${fmtRatio(r.naiveSyncs / r.syncs)} | ${timeRatio} |`);
}
out();
const edge = quick ? null : await threeSyncEdge(10_000, GOAL_EDGE_UNITS, 250);
for (const line of officeGoals(officeRows, edge)) out(line);
}

if (runs('pane')) {
  out();
  out('## 5. Task pane: bundle size and first render in headless Chromium');
  out();
  out('The production build (webpack, as `npm run build`), and the time from navigation start to the');
  out('pane\'s `standings-ready` mark (set after its first render; the browser tests wait for it) in');
  out('/usr/bin/chromium, against a blank page with a single `<div>` and an inline mark, served by the same');
  out('server from the same folder. First loads each in a fresh browser context, then reloads; the');
  out('pages alternate. No Office: office.js from the CDN fails at once, as in the browser tests.');
  out();
  const pane = await benchPane(quick ? 5 : 15, 2);
  out('| file | raw | gzip |');
  out('|---|---:|---:|');
  for (const a of pane.assets) out(`| ${a.file.replace(/\.[0-9a-f]{8}\.js$/, '.[hash].js')} | ${fmtBytes(a.raw)} | ${fmtBytes(a.gzip)} |`);
  out();
  if (pane.pane && pane.blank) {
    const p = pane.pane;
    const b = pane.blank;
    const fcp = (ms: number): string => (ms < 0 ? '–' : fmtMs(ms));
    out(`| page | first load (median of ${p.firsts}) | reload (median of ${p.reloads}) | first contentful paint, first load | reload |`);
    out('|---|---:|---:|---:|---:|');
    out(`| task pane | ${fmtMs(p.first)} | ${fmtMs(p.reload)} | ${fcp(p.firstFcp)} | ${fcp(p.reloadFcp)} |`);
    out(`| blank page | ${fmtMs(b.first)} | ${fmtMs(b.reload)} | ${fcp(b.firstFcp)} | ${fcp(b.reloadFcp)} |`);
    out(`| pane / blank | ${fmtRatio(p.first / b.first)} | ${fmtRatio(p.reload / b.reload)} | ${p.firstFcp < 0 || b.firstFcp < 0 ? '–' : fmtRatio(p.firstFcp / b.firstFcp)} | ${p.reloadFcp < 0 || b.reloadFcp < 0 ? '–' : fmtRatio(p.reloadFcp / b.reloadFcp)} |`);
    out();
}
for (const line of paneGoals(pane)) out(line);
}

if (!quick && only === undefined) writeFileSync(new URL('./RESULTS.md', import.meta.url), `${lines.join('\n')}\n`);
