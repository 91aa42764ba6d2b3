// Benchmark 5: the task pane. Size of the production JS and CSS (raw and gzip), built as
// `npm run build` builds it, and time to first render in headless Chromium (navigation start to
// the pane's `standings-ready` mark, the one the browser tests read), against a blank page with a
// single <div> served by the same server from the same folder.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildPane } from '../tests/browser/buildPane';
import { CHROMIUM, chromiumMissing } from '../tests/browser/chromium';
import { serve } from '../tests/browser/server';
import { fmtBytes } from './bytes';
import { fmtMs, fmtRatio, median } from './measure';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface LoadTimes {
  /** Navigation start to the ready mark, ms: median over first loads in fresh browser contexts. */
  first: number;
  /** The same over reloads. */
  reload: number;
  /** First contentful paint, medians likewise (-1 when the page never painted). */
  firstFcp: number;
  reloadFcp: number;
  /** When the page's own scripts had arrived, medians likewise (-1 without any). */
  firstScript: number;
  reloadScript: number;
  /** The pane's rules checked by the engine chunk that follows the first render, medians likewise (-1 without the mark). */
  firstChecked: number;
  reloadChecked: number;
  firsts: number;
  reloads: number;
}

export interface PaneReport {
  assets: AssetSize[];
  pane: LoadTimes | null;
  blank: LoadTimes | null;
  /** Why there are no timings. */
  note: string;
}

const BLANK = 'blank.html';
// The peer: no script or style sheet to fetch; the inline mark runs when the <div> is parsed.
const BLANK_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>blank</title></head>
<body><div id="app">考核排名</div><script>performance.mark('standings-ready')</script></body></html>
`;

/**
 * Read in the page once the mark is there. First contentful paint is reported a little after the
 * frame; the pane's `standings-checked` mark (the engine chunk, loaded after the first render, has
 * checked the rules) comes later still: wait for them up to two seconds.
 */
const READY = (checked: boolean): string => `new Promise((resolve) => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
  const done = () => {
    const ready = at('standings-ready');
    // The scripts the first render waited for: those asked for before it.
    const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' && r.name.startsWith(location.origin) && r.startTime < ready);
    resolve({ ready, fcp: at('first-contentful-paint'), checked: at('standings-checked'), script: scripts.length === 0 ? -1 : Math.max(...scripts.map((r) => r.responseEnd)) });
  };
  const start = performance.now();
  const poll = () => (at('first-contentful-paint') >= 0 && (${checked} === false || at('standings-checked') >= 0)) || performance.now() - start > 2000 ? done() : setTimeout(poll, 10);
  poll();
})`;

interface Timing {
  ready: number;
  fcp: number;
  /** The pane's `standings-checked` mark; -1 without one. */
  checked: number;
  /** When the page's own scripts had arrived; -1 without any. */
  script: number;
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // office.js from Microsoft's CDN fails at once, as in the browser tests (no network), but
      // without request interception, which would slow every other request of the page.
      '--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND',
    ],
  });
}

async function timing(page: Page, marker: string | null): Promise<Timing> {
  if (marker) await page.waitForSelector(marker);
  const t = await page.evaluate<Timing>(READY(marker !== null));
  if (t.ready < 0) throw new Error(`${page.url()}: no standings-ready mark`);
  return t;
}

interface Target {
  url: string;
  /** Selector to wait for before reading the mark; null: the mark is there at load. */
  marker: string | null;
  first: Timing[];
  reload: Timing[];
}

/**
 * Rounds alternate the pages, so that both see the same machine: each round opens every page in
 * a fresh browser context (empty cache, nothing compiled before: a first load), then reloads
 * each `reloads` times, in turn.
 */
async function measure(browser: Browser, targets: readonly Target[], rounds: number, reloads: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const opened: { target: Target; context: BrowserContext; page: Page }[] = [];
    for (const target of targets) {
      const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(target.url);
      target.first.push(await timing(page, target.marker));
      opened.push({ target, context, page });
    }
    for (let j = 0; j < reloads; j++) {
      for (const { target, page } of opened) {
        await page.reload();
        target.reload.push(await timing(page, target.marker));
      }
    }
    for (const { context } of opened) await context.close();
  }
}

function summary(target: Target): LoadTimes {
  const fcp = (ts: Timing[]): number => (ts.length > 0 && ts.every((t) => t.fcp >= 0) ? median(ts.map((t) => t.fcp)) : -1);
  const script = (ts: Timing[]): number => (ts.length > 0 && ts.every((t) => t.script >= 0) ? median(ts.map((t) => t.script)) : -1);
  const checked = (ts: Timing[]): number => (ts.length > 0 && ts.every((t) => t.checked >= 0) ? median(ts.map((t) => t.checked)) : -1);
  return {
    first: median(target.first.map((t) => t.ready)),
    reload: median(target.reload.map((t) => t.ready)),
    firstFcp: fcp(target.first),
    reloadFcp: fcp(target.reload),
    firstScript: script(target.first),
    reloadScript: script(target.reload),
    firstChecked: checked(target.first),
    reloadChecked: checked(target.reload),
    firsts: target.first.length,
    reloads: target.reload.length,
  };
}

/**
 * `rounds` first loads of each page, and `reloadsPerRound` reloads of each in every round.
 * `built`: a folder already holding a production build (`--env outDir=...`), measured instead of
 * a fresh build, e.g. to compare two builds on the same machine state; left as it is.
 */
export async function benchPane(rounds: number, reloadsPerRound: number, built?: string): Promise<PaneReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standings-bench-pane-'));
  try {
    if (built === undefined) await buildPane({ outDir: dir });
    else cpSync(built, dir, { recursive: true });
    const assets = readdirSync(dir)
      .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
      .sort()
      .map((file) => {
        const bytes = readFileSync(path.join(dir, file));
        return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
      });
    if (chromiumMissing) return { assets, pane: null, blank: null, note: chromiumMissing };
    writeFileSync(path.join(dir, BLANK), BLANK_HTML);
    const served = await serve(dir);
    const browser = await launch();
    try {
      const target = (file: string, marker: string | null): Target => ({ url: `${served.url}${file}`, marker, first: [], reload: [] });
      const blank = target(BLANK, null);
      const pane = target('taskpane.html', 'html[data-ready="true"]');
      // A throw-away round, so that the browser process and the server are warm for both.
      await measure(browser, [target(BLANK, null), target('taskpane.html', 'html[data-ready="true"]')], 1, 1);
      await measure(browser, [blank, pane], rounds, reloadsPerRound);
      return { assets, pane: summary(pane), blank: summary(blank), note: '' };
    } finally {
      await browser.close();
      await served.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KB250 = 250_000;

/** Where the pane stands against the goals, one line each. */
export function paneGoals(report: PaneReport): string[] {
  const js = report.assets.filter((a) => a.file.endsWith('.js')).reduce((s, a) => s + a.gzip, 0);
  const lines = [`Goal: under 250 KB of gzipped JS — ${js < KB250 ? 'met' : 'missed'} (${fmtBytes(js)}).`];
  const { pane, blank } = report;
  if (pane === null || blank === null) {
    lines.push(`Goal: first render under 300 ms — not measured (${report.note}).`);
  } else {
    const worst = Math.max(pane.first, pane.reload);
    lines.push(
      `Goal: first render under 300 ms — ${worst < 300 ? 'met' : 'missed'} (first load ${fmtMs(pane.first)}, reload ${fmtMs(pane.reload)}; ` +
        `the blank page takes ${fmtMs(blank.first)} and ${fmtMs(blank.reload)}, so the pane's own share is ${fmtMs(pane.first - blank.first)} and ${fmtMs(pane.reload - blank.reload)}).`,
    );
    if (pane.firstScript >= 0 && pane.reloadScript >= 0) {
      lines.push(
        `  The pane's first script has arrived by ${fmtMs(pane.firstScript)} (reload ${fmtMs(pane.reloadScript)}); the rest, ${fmtMs(pane.first - pane.firstScript)} ` +
          `(reload ${fmtMs(pane.reload - pane.reloadScript)}), is compiling and running it and the first render (medians of each, so they need not add up).`,
      );
    }
    if (pane.firstChecked >= 0 && pane.reloadChecked >= 0) {
      lines.push(`  The engine chunk follows the first render: the rules are checked by ${fmtMs(pane.firstChecked)} (reload ${fmtMs(pane.reloadChecked)}).`);
    }
  }
  return lines;
}

/** The report as section 5 of RESULTS.md shows it: sizes, timings, goals. */
export function paneLines(report: PaneReport): string[] {
  const lines = ['| file | raw | gzip |', '|---|---:|---:|'];
  for (const a of report.assets) lines.push(`| ${a.file.replace(/\.[0-9a-f]{8}\.js$/, '.[hash].js')} | ${fmtBytes(a.raw)} | ${fmtBytes(a.gzip)} |`);
  lines.push('');
  const { pane: p, blank: b } = report;
  if (p && b) {
    const fcp = (ms: number): string => (ms < 0 ? '–' : fmtMs(ms));
    const ratio = (x: number, y: number): string => (x < 0 || y < 0 ? '–' : fmtRatio(x / y));
    lines.push(
      `| page | first load (median of ${p.firsts}) | reload (median of ${p.reloads}) | first contentful paint, first load | reload |`,
      '|---|---:|---:|---:|---:|',
      `| task pane | ${fmtMs(p.first)} | ${fmtMs(p.reload)} | ${fcp(p.firstFcp)} | ${fcp(p.reloadFcp)} |`,
      `| blank page | ${fmtMs(b.first)} | ${fmtMs(b.reload)} | ${fcp(b.firstFcp)} | ${fcp(b.reloadFcp)} |`,
      `| pane / blank | ${ratio(p.first, b.first)} | ${ratio(p.reload, b.reload)} | ${ratio(p.firstFcp, b.firstFcp)} | ${ratio(p.reloadFcp, b.reloadFcp)} |`,
      '',
    );
  }
  return [...lines, ...paneGoals(report)];
}

// On its own: `npx tsx bench/pane.ts [--rounds 15] [--reloads 2] [--built DIR]`, only this
// benchmark, printed and not written to RESULTS.md (`npm run bench` does that).
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
  };
  const report = await benchPane(Number(arg('--rounds') ?? 15), Number(arg('--reloads') ?? 2), arg('--built'));
  for (const line of paneLines(report)) console.log(line);
}
