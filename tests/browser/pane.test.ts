// The task pane in headless Chromium: the production bundle on its own (no office.js, no Excel),
// then a test build whose harness puts helper B's fake Excel, loaded with the example workbook,
// behind the `Excel` and `Office` globals. Drives the pane as a user would and checks the
// workbook the fake ends up with.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPane, ROOT } from './buildPane';
import { chromiumMissing, foreignRequests, launch, watch, type Watched } from './chromium';
import { exampleBook, FORMULA_UNIT, XSS_UNIT } from './exampleBook';
import { ACTIVE_PATH, ACTIVE_TEXT, DOC_LANG, FOCUS_IN_RULE_SET, pageTop, TIMING, UNNAMED_CONTROLS } from './inPage';
import type { HarnessBook } from './harnessBook';
import { serve, type Served } from './server';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const RESULT_SHEET = '重点项目推进考核 2026Q3';
const named = (title: string): string => (chromiumMissing ? `${title} [skipped: ${chromiumMissing}]` : title);

interface Snapshot {
  active: string | null;
  sheets: { name: string; cells: Record<string, { value: unknown; formula: string | null }> }[];
}

let browser: Browser;
let prodDir: string;
let harnessDir: string;
let prod: Served;
let harness: Served;

beforeAll(async () => {
  if (chromiumMissing) return;
  prodDir = mkdtempSync(join(tmpdir(), 'standings-prod-'));
  harnessDir = mkdtempSync(join(tmpdir(), 'standings-harness-'));
  await Promise.all([buildPane({ outDir: prodDir }), buildPane({ outDir: harnessDir, harness: true })]);
  [prod, harness, browser] = await Promise.all([serve(prodDir), serve(harnessDir), launch()]);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  if (chromiumMissing) return;
  await Promise.all([browser.close(), prod.close(), harness.close()]);
  rmSync(prodDir, { recursive: true, force: true });
  rmSync(harnessDir, { recursive: true, force: true });
});

async function openPane(served: Served, book: HarnessBook | null, locale = 'zh-CN'): Promise<{ page: Page; watched: Watched }> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, locale });
  const watched = await watch(page);
  if (book) await page.addInitScript((b) => { (globalThis as Record<string, unknown>).__standingsBook = b; }, book);
  await page.goto(`${served.url}taskpane.html`);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, watched };
}

const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(() => (globalThis as unknown as { __standings: { snapshot(): Snapshot } }).__standings.snapshot());
const selectInFake = (page: Page, address: string): Promise<void> =>
  page.evaluate((a) => (globalThis as unknown as { __standings: { select(x: string): void } }).__standings.select(a), address);

function expectClean(watched: Watched): void {
  expect(watched.problems).toEqual([]);
  expect(foreignRequests(watched.requests)).toEqual([]);
}

describe.skipIf(chromiumMissing !== null)('task pane in Chromium', () => {
  it(named('starts from the production bundle without office.js, within the CSP'), async () => {
    // Outside Office the browser's language decides.
    const { page, watched } = await openPane(prod, null);
    const cold = await page.evaluate<{ ready: number; fcp: number }>(TIMING);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const warm = await page.evaluate<{ ready: number; fcp: number }>(TIMING);
    writeFileSync(join(ARTIFACTS, 'timing.json'), `${JSON.stringify({ cold, warm }, null, 2)}\n`);
    expect(cold.ready).toBeGreaterThan(0);
    expect(cold.ready).toBeLessThan(3000);
    await expect(page.locator('.notice').textContent()).resolves.toContain('未连接 Excel');
    expect(await page.locator('#run button.primary').isDisabled()).toBe(true);
    expect(watched.requests.some((u) => u.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'))).toBe(true);
    expectClean(watched);
    await page.close();
  });

  it(named('draws before the engine arrives; what is clicked meanwhile waits for it'), async () => {
    const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    const watched = await watch(page);
    const ENGINE = /\/engine\.[0-9a-f]{8}\.js$/;
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(ENGINE, async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for the load event: the held chunk holds it back too.
    await page.goto(`${prod.url}taskpane.html`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-ready="true"]');
    // Drawn with the engine held back: its own chunk, asked for after the first frame.
    await expect.poll(() => watched.requests.filter((u) => ENGINE.test(u)).length).toBe(1);
    expect(await page.getByLabel('内置模板').inputValue()).toBe('key-projects');
    // zod and the schemas are in the engine chunk only, never built before the first render.
    const scripts = readdirSync(prodDir).filter((f) => f.endsWith('.js'));
    const zodIn = scripts.filter((f) => readFileSync(join(prodDir, f), 'utf8').includes('"$ZodType"'));
    expect(zodIn).toEqual(scripts.filter((f) => ENGINE.test(`/${f}`)));
    expect(zodIn).toHaveLength(1);

    // A check, and the editor opened from the keyboard: their answers come with the engine.
    await page.getByRole('button', { name: '检查规则和数据' }).click();
    await page.locator('#editor > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#rules-validation').count()).toBe(0);
    expect(await page.locator('#check-status').textContent()).toBe('');
    release();
    await expect.poll(() => page.locator('#rules-validation').textContent()).toBe('规则有效。');
    expect(await page.evaluate<string | null>(ACTIVE_TEXT)).toBe('编辑规则');
    // Outside Excel the check has no ranges: the rules' columns are all missing.
    await expect.poll(() => page.locator('#check-status').textContent()).toBe('9 个错误，0 个警告（点击定位）');
    expectClean(watched);
    await page.close();
  });

  it(named('ranks the example workbook: template, sources from the selection, period, run, result sheet'), async () => {
    const { page, watched } = await openPane(harness, await exampleBook('zh-CN'));
    expect(await page.locator('h1').textContent()).toBe('考核排名');

    await page.getByLabel('内置模板').selectOption('key-projects');
    await page.getByRole('button', { name: '使用模板' }).click();
    await expect(page.locator('#rule-set [role=status]').textContent()).resolves.toBe('已载入规则“重点项目推进考核”。');

    for (const [i, address] of ['目标!A1:E23', '完成情况!A2:I24'].entries()) {
      await page.getByRole('button', { name: '+ 添加区域' }).click();
      await selectInFake(page, address);
      await page.getByRole('button', { name: `使用所选区域 → 区域 ${i + 1}` }).click();
      await expect.poll(() => page.locator('.source-input').nth(i).inputValue()).toBe(address);
    }
    await expect.poll(() => page.locator('#column-match').textContent()).toContain('未找到的规则列： 无');
    await expect(page.locator('#column-match .chip.ok').allTextContents()).resolves.toEqual(['单位', '类别', '年度计划投资', '累计完成投资', '计划开工项目', '已开工项目', '加分', '扣分', '一票否决']);

    await page.getByLabel('期间类型').selectOption('quarter');
    await page.getByLabel('年份').selectOption('2026');
    await page.getByLabel('期', { exact: true }).selectOption('3');
    await expect(page.locator('#period-progress').textContent()).resolves.toBe('期间：2026Q3 · 序时进度 75.0%');

    await page.getByRole('button', { name: '计算排名并写入结果表' }).click();
    await page.waitForSelector('#run-summary');
    expect(await page.locator('#run-summary > p').textContent()).toBe(`已完成，结果写入“${RESULT_SHEET}”。`);

    // The probe unit's name is shown as text: no element made from it, no dialog.
    expect(await page.locator('#top-units li').first().textContent()).toContain(XSS_UNIT);
    expect(await page.locator('#app img').count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    const book = await snapshot(page);
    const sheet = book.sheets.find((s) => s.name === RESULT_SHEET);
    expect(sheet).toBeDefined();
    const cells = Object.values(sheet!.cells);
    expect(cells.some((c) => c.value === XSS_UNIT)).toBe(true);
    const formulaUnit = cells.find((c) => c.value === FORMULA_UNIT);
    expect(formulaUnit?.formula ?? null).toBeNull();
    // The add-in writes the explanation sheet with every run, its texts as text too.
    const explained = book.sheets.find((s) => s.name === `${RESULT_SHEET} 解释`);
    expect(explained).toBeDefined();
    const explainedCells = Object.values(explained!.cells);
    expect(explainedCells.some((c) => typeof c.value === 'string' && c.value.startsWith(FORMULA_UNIT) && c.value.includes("：第 "))).toBe(true);
    expect(explainedCells.every((c) => c.formula === null)).toBe(true);

    await page.screenshot({ path: join(ARTIFACTS, 'pane-zh-CN.png'), fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOTS) {
      // README picture: from the period down through the run summary.
      const top = await page.evaluate<number>(pageTop('#period'));
      await page.screenshot({ path: join(ROOT, 'docs/pane-zh-CN.png'), fullPage: true, clip: { x: 0, y: top, width: 380, height: 900 } });
    }
    await page.getByRole('link', { name: `打开结果表“${RESULT_SHEET}”` }).click();
    await expect.poll(async () => (await snapshot(page)).active).toBe(RESULT_SHEET);

    // A second run finds the sheet: nothing is replaced until the user says so.
    await page.getByRole('button', { name: '计算排名并写入结果表' }).click();
    const dialog = page.getByRole('dialog', { name: '替换已有的结果表？' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate<string | null>(ACTIVE_TEXT)).toBe('取消');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.locator('#run-status').textContent()).toBe('已取消，未写入任何内容。');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('已取消，未写入任何内容。');
    await page.getByRole('button', { name: '计算排名并写入结果表' }).click();
    await dialog.getByRole('button', { name: '替换' }).click();
    await page.waitForSelector('#run-summary');

    // The history now holds the stored 2026Q2 run and the two runs made here.
    await expect.poll(() => page.locator('#history-list > li').count()).toBe(3);
    expect(await page.locator('#history-list > li').first().textContent()).toContain('2026Q3 · 重点项目推进考核 · 22 个单位');

    // The rank history sheet: a table and a line chart; a second time asks before replacing it.
    await page.getByRole('button', { name: '生成排名走势表' }).click();
    await page.waitForSelector('#history-sheet-done');
    const chartTypes = await page.evaluate(() => {
      const book = (globalThis as unknown as { __standings: { snapshot(): { sheets: { name: string; charts: { type: string }[] }[] } } }).__standings.snapshot();
      return book.sheets.find((s) => s.name === '重点项目推进考核 排名走势')?.charts.map((c) => c.type);
    });
    expect(chartTypes).toEqual(['LineMarkers']);
    await page.getByRole('button', { name: '生成排名走势表' }).click();
    await page.getByRole('dialog', { name: '替换已有的排名走势表？' }).getByRole('button', { name: '替换' }).click();
    await page.waitForSelector('#history-sheet-done');

    expectClean(watched);
    await page.close();
  });

  it(named('lists the check issues and takes the user to the cell'), async () => {
    const { page, watched } = await openPane(harness, await exampleBook('zh-CN'));
    await page.getByRole('button', { name: '读取工作簿中的规则' }).click();
    await expect(page.locator('#rule-set [role=status]').textContent()).resolves.toBe('已载入规则“县重点工作考核”。');
    expect([await page.locator('.source-input').nth(0).inputValue(), await page.locator('.source-input').nth(1).inputValue()]).toEqual(['目标!A1:E21', '完成情况!A2:I22']);
    // The stored ranges' headers are read at once: every column of the stored rules is there.
    await expect.poll(() => page.locator('#column-match').textContent()).toContain('未找到的规则列： 无');

    await page.getByRole('button', { name: '检查规则和数据' }).click();
    await page.waitForSelector('#check-issues');
    const first = page.locator('#check-issues .issue-link', { hasText: '完成情况!' }).first();
    const where = await first.locator('.where').textContent();
    expect(where).toMatch(/^完成情况![A-I]\d+$/);
    await first.click();
    await expect.poll(async () => (await snapshot(page)).active).toBe('完成情况');
    expectClean(watched);
    await page.close();
  });

  it(named('edits rules with live validation and keyboard-reachable controls'), async () => {
    const { page, watched } = await openPane(harness, await exampleBook('zh-CN'));
    await page.locator('#editor > summary').click();
    await expect(page.locator('#rules-validation').textContent()).resolves.toBe('规则有效。');

    await page.getByRole('button', { name: '+ 添加指标' }).click();
    await expect(page.locator('#weight-sum').textContent()).resolves.toBe('权重合计：110（不等于 100）');
    await page.locator('[data-path="indicators[2].method.type"]').selectOption('schedule');
    await expect(page.locator('[data-path="indicators[2].method.penaltyPerPoint"]').inputValue()).resolves.toBe('0.5');
    await page.locator('[data-path="indicators[2].weight"]').fill('abc');
    await expect.poll(() => page.locator('#rule-issues').textContent()).toContain('indicators[2].weight');
    expect(await page.locator('[data-path="indicators[2].weight"]').getAttribute('aria-invalid')).toBe('true');
    // An issue with a JSON path takes the focus to its field.
    await page.locator('[data-path="indicators[2].label"]').focus();
    await page.locator('#rule-issues .issue-link', { hasText: 'indicators[2].weight' }).click();
    expect(await page.evaluate<string | null>(ACTIVE_PATH)).toBe('indicators[2].weight');
    await page.getByRole('button', { name: /^删除: 指标 3/ }).click();
    await expect(page.locator('#rules-validation').textContent()).resolves.toBe('规则有效。');

    // Export downloads the draft; importing it back loads it; a broken file lists its issues.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('重点项目推进考核.json');
    const file_input = page.locator('#rule-set input[type=file]');
    await file_input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "standings/ruleset@1", "name": ') });
    await expect.poll(() => page.locator('#rule-set [role=status]').textContent()).toBe('无法导入“broken.json”，请看下方问题列表。');
    expect(await page.locator('#check-issues .issue').count()).toBeGreaterThan(0);
    // A file that parses but breaks the rules is loaded for fixing, its problems marked.
    await file_input.setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "standings/ruleset@1", "name": "半成品", "unit": {}, "indicators": []}') });
    await expect.poll(() => page.locator('#rules-validation').textContent()).toContain('unit.column');
    await file_input.setInputFiles(await file.path());
    await expect.poll(() => page.locator('#rule-set [role=status]').textContent()).toBe('已载入规则“重点项目推进考核”。');

    // Every control has a name a screen reader can read.
    expect(await page.evaluate<string[]>(UNNAMED_CONTROLS)).toEqual([]);

    // Tab moves through the controls in order, starting at the language switch.
    await page.locator('#lang-switch').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>(FOCUS_IN_RULE_SET)).toBe(true);
    expectClean(watched);
    await page.close();
  });

  it(named('switches language, and English follows Office\'s display language'), async () => {
    const { page, watched } = await openPane(harness, await exampleBook('zh-CN'));
    await page.locator('#lang-switch').selectOption('en');
    expect(await page.locator('h1').textContent()).toBe('Standings');
    expect(await page.evaluate<string>(DOC_LANG)).toBe('en');
    await expect(page.getByRole('button', { name: 'Rank units and write the result sheet' }).count()).resolves.toBe(1);
    await page.close();

    const en = await openPane(harness, await exampleBook('en-US'));
    expect(await en.page.locator('h1').textContent()).toBe('Standings');
    await en.page.getByRole('button', { name: 'Load from workbook' }).click();
    await en.page.getByRole('button', { name: 'Refresh' }).click();
    await en.page.waitForSelector('#history-list');
    await en.page.screenshot({ path: join(ARTIFACTS, 'pane-en.png'), fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOTS) {
      await en.page.screenshot({ path: join(ROOT, 'docs/pane-en.png'), fullPage: true, clip: { x: 0, y: 0, width: 380, height: 900 } });
    }
    expectClean(watched);
    expectClean(en.watched);
    await en.page.close();
  });
});
