// The explanation in the task pane (issue 7), in headless Chromium over the fake-Excel harness:
// rank the example workbook, select a unit's row in the result sheet as a user would, and check
// that the pane shows exactly the engine's explanation of that unit (worked out here in Node from
// the same cells), copies its plain text, keeps injected unit names as text, and follows the
// language. Same setup as pane.test.ts.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanationPlain, explanationText, type Lang, type UnitExplanation } from '../../src/engine/index';
import { explainUnit } from '../../src/taskpane/excel/explainUnit';
import { sheetTarget } from '../../src/taskpane/excel/resultRow';
import { OfficeWorkbook } from '../../src/workbook/office';
import { runRanking } from '../../src/workbook/run';
import { createFakeExcel } from '../fakes/fakeExcel';
import { buildPane, ROOT } from './buildPane';
import { chromiumMissing, foreignRequests, launch, watch, type Watched } from './chromium';
import { exampleBook, FORMULA_UNIT, XSS_UNIT } from './exampleBook';
import type { HarnessBook } from './harnessBook';
import { DOC_LANG, UNNAMED_CONTROLS } from './inPage';
import { serve, type Served } from './server';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const RESULT_SHEET = '县重点工作考核 2026Q3';
/** The stored ranges, widened to take in the two probe units (exampleBook.ts). */
const SOURCES = ['目标!A1:E23', '完成情况!A2:I24'];
const UNIT = '北岭镇';
const named = (title: string): string => (chromiumMissing ? `${title} [skipped: ${chromiumMissing}]` : title);

interface Snapshot {
  sheets: { name: string; cells: Record<string, { value: unknown }> }[];
}

let browser: Browser;
let harnessDir: string;
let harness: Served;
let book: HarnessBook;
/** The engine's explanations of the same cells, ranked the same way, by unit. */
let expected: Map<string, UnitExplanation>;

/** Ranks the harness book in Node as the pane will, and explains the units the test looks at. */
async function explainInNode(harnessBook: HarnessBook, units: readonly string[]): Promise<Map<string, UnitExplanation>> {
  const fake = createFakeExcel(harnessBook.sheets);
  for (const [name, visibility] of Object.entries(harnessBook.hidden)) fake.book.setVisibility(fake.book.byName(name)!, visibility);
  const port = new OfficeWorkbook({ run: fake.run });
  const ruleSet = (await port.readStore())?.ruleSet;
  await runRanking(port, { ruleSet, sources: SOURCES, period: '2026Q3', lang: 'zh-CN', replace: false, now: new Date() });
  const target = sheetTarget(await port.readStore(), RESULT_SHEET);
  if (target?.status !== 'ok') throw new Error('no stored run for the result sheet');
  const out = new Map<string, UnitExplanation>();
  for (const unit of units) {
    const outcome = await explainUnit(port, target, unit, 'zh-CN');
    if (outcome.status !== 'shown') throw new Error(`${unit}: ${outcome.status}`);
    out.set(unit, outcome.explanation);
  }
  return out;
}

beforeAll(async () => {
  if (chromiumMissing) return;
  harnessDir = mkdtempSync(join(tmpdir(), 'standings-explain-'));
  book = await exampleBook('zh-CN');
  [expected] = await Promise.all([explainInNode(book, [UNIT, XSS_UNIT, FORMULA_UNIT]), buildPane({ outDir: harnessDir, harness: true })]);
  [harness, browser] = await Promise.all([serve(harnessDir), launch()]);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  if (chromiumMissing) return;
  await Promise.all([browser.close(), harness.close()]);
  rmSync(harnessDir, { recursive: true, force: true });
});

async function openPane(): Promise<{ page: Page; watched: Watched }> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
  const watched = await watch(page);
  await page.addInitScript((b) => { (globalThis as Record<string, unknown>).__standingsBook = b; }, book);
  await page.goto(`${harness.url}taskpane.html`);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, watched };
}

const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(() => (globalThis as unknown as { __standings: { snapshot(): Snapshot } }).__standings.snapshot());
/** A click in the grid: Excel's selection event goes to the pane's handler. */
const userSelect = (page: Page, address: string): Promise<void> =>
  page.evaluate((a) => (globalThis as unknown as { __standings: { userSelect(x: string): Promise<void> } }).__standings.userSelect(a), address);

/** `C7`: a cell of the unit's row in the result sheet as the fake holds it. */
async function cellOfUnit(page: Page, unit: string): Promise<string> {
  const sheet = (await snapshot(page)).sheets.find((s) => s.name === RESULT_SHEET);
  const key = Object.entries(sheet?.cells ?? {}).find(([address, cell]) => address.startsWith('B') && cell.value === unit)?.[0];
  if (key === undefined) throw new Error(`${unit} is not in ${RESULT_SHEET}`);
  return `'${RESULT_SHEET}'!C${key.slice(1)}`;
}

const clipboard = (page: Page): Promise<string> => page.evaluate<string>('navigator.clipboard.readText()');
const sectionLines = (page: Page, i: number): Promise<string[]> => page.locator('#explanation section.explanation-part').nth(i).locator('li').allTextContents();

async function expectExplanation(page: Page, unit: string, lang: Lang): Promise<void> {
  const text = explanationText(expected.get(unit)!, lang);
  await expect.poll(() => page.locator('#explanation h3').textContent()).toBe(text.title);
  expect(await page.locator('#explanation h4').allTextContents()).toEqual(text.sections.map((s) => s.heading));
  for (const [i, s] of text.sections.entries()) expect(await sectionLines(page, i)).toEqual(s.lines);
}

function expectClean(watched: Watched): void {
  expect(watched.problems).toEqual([]);
  expect(foreignRequests(watched.requests)).toEqual([]);
}

describe.skipIf(chromiumMissing !== null)('explanation in the task pane', () => {
  it(named('explains the selected unit, copies it, keeps names as text, and follows the language'), async () => {
    const { page, watched } = await openPane();
    await page.getByRole('button', { name: '读取工作簿中的规则' }).click();
    await expect.poll(() => page.locator('#rule-set [role=status]').textContent()).toBe('已载入规则“县重点工作考核”。');
    for (const [i, address] of SOURCES.entries()) {
      // A range is taken when the field is left (change), which redraws the ranges.
      await page.locator('.source-input').nth(i).fill(address);
      await page.locator('.source-input').nth(i).blur();
      await expect.poll(() => page.locator('.source-input').nth(i).inputValue()).toBe(address);
    }
    await page.getByLabel('期间类型').selectOption('quarter');
    await page.getByLabel('年份').selectOption('2026');
    await page.getByLabel('期', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: '计算排名并写入结果表' }).click();
    await page.waitForSelector('#run-summary');

    // After the run: the hint, and the run's units to pick from, in result order.
    await expect(page.locator('#explain-sheet').textContent()).resolves.toBe(`结果表：${RESULT_SHEET}`);
    const options = await page.getByLabel('选择单位').locator('option').allTextContents();
    expect(options.slice(1)).toContain(UNIT);
    expect(options).toHaveLength(1 + 22);

    // A cell of the unit's row, selected in the grid: its explanation with the gaps.
    await userSelect(page, await cellOfUnit(page, UNIT));
    await expectExplanation(page, UNIT, 'zh-CN');
    const gaps = await sectionLines(page, 5);
    expect(gaps[0]).toMatch(/^升到第 \d+ 名：总分需达到 [\d.]+，还差 [\d.]+ 分/);
    expect(await page.getByLabel('选择单位').inputValue()).toBe(UNIT);
    expect(await page.locator('#explain-changed').count()).toBe(0);
    await expect.poll(() => page.locator('#announcer').textContent()).toBe(explanationText(expected.get(UNIT)!, 'zh-CN').title);

    // Copy: the engine's plain text, on the clipboard.
    await page.getByRole('button', { name: '复制解释' }).click();
    await expect.poll(() => page.locator('#explain-copy-status').textContent()).toBe('已复制，可以粘贴到消息中。');
    expect(await clipboard(page)).toBe(explanationPlain(expected.get(UNIT)!, 'zh-CN'));
    expect(await page.evaluate<string[]>(UNNAMED_CONTROLS)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-explain-zh.png'), fullPage: true });
    // README picture: the whole section, from the picker down through the gaps and the copy button.
    if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.locator('#explain').screenshot({ path: join(ROOT, 'docs/pane-explain-zh.png') });

    // Where the clipboard is refused, the text is copied from a selected read-only textarea.
    await page.evaluate('navigator.clipboard.writeText("")');
    await page.evaluate('navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"))');
    await page.getByRole('button', { name: '复制解释' }).click();
    await expect.poll(() => page.locator('#explain-copy-text').inputValue()).toBe(explanationPlain(expected.get(UNIT)!, 'zh-CN'));
    expect(await page.locator('#explain-copy-text').getAttribute('readonly')).toBe('');
    await expect.poll(() => page.locator('#explain-copy-status').textContent()).toBe('已复制，可以粘贴到消息中。');
    expect(await clipboard(page)).toBe(explanationPlain(expected.get(UNIT)!, 'zh-CN'));

    // Unit names that look like markup or a formula are shown as text, whether selected or picked.
    await userSelect(page, await cellOfUnit(page, XSS_UNIT));
    await expectExplanation(page, XSS_UNIT, 'zh-CN');
    expect(await page.locator('#explanation h3').textContent()).toContain(XSS_UNIT);
    expect(await page.locator('#app img').count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.getByLabel('选择单位').selectOption(FORMULA_UNIT);
    await expectExplanation(page, FORMULA_UNIT, 'zh-CN');

    // Rows above the units and other sheets leave the explanation as it is.
    await userSelect(page, `'${RESULT_SHEET}'!B5`);
    await userSelect(page, '完成情况!B7');
    await page.waitForTimeout(600);
    await expectExplanation(page, FORMULA_UNIT, 'zh-CN');

    // English: the pane's words and the explanation's, from the same numbers.
    await userSelect(page, await cellOfUnit(page, UNIT));
    await expectExplanation(page, UNIT, 'zh-CN');
    await page.locator('#lang-switch').selectOption('en');
    expect(await page.evaluate<string>(DOC_LANG)).toBe('en');
    await expectExplanation(page, UNIT, 'en');
    expect(await page.locator('#explanation h4').allTextContents()).toEqual(['Indicator scores', 'Bonus, deduction and veto', 'Total', 'Rank', 'Tiers', 'What would move it']);
    expect(await page.locator('#explain-title').textContent()).toBe('Why a unit stands where it does');
    expect(await page.getByLabel('Pick a unit').inputValue()).toBe(UNIT);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-explain-en.png'), fullPage: true });
    // README picture: the whole section, from the picker down through the gaps and the copy button.
    if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.locator('#explain').screenshot({ path: join(ROOT, 'docs/pane-explain-en.png') });
    expectClean(watched);
    await page.close();
  });
});
