// Writing copies the input package: every part the run does not edit leaves byte for byte as it
// came (images, drawings, parts no library here models), defined names keep their sheets, a
// replaced sheet keeps its place, and packages whose parts are not at the usual paths work.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bareSheetPlan, type SheetPlan } from '../../../src/workbook/sheetPlan';
import { STORE_FORMAT, type Store } from '../../../src/workbook/store';
import { STORE_SHEET } from '../../../src/workbook/storeCodec';
import { OutputTypeError, SheetExistsError, SheetNotFoundError } from '../../../src/workbook/errors';
import { appendStyles, EMPTY_STYLES as EMPTY } from '../../../src/workbook/xlsx/appendStyles';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { findSoffice } from '../../soffice';

let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
  dir = '';
});

const plan = (name: string, values: SheetPlan['values'], over: Partial<SheetPlan> = {}): SheetPlan => ({ ...bareSheetPlan(name, values), ...over });
const STORE: Store = { format: STORE_FORMAT, ruleSet: { name: 'r_x0041_\r\n<&>' }, runs: [] };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** A part exceljs does not model, so its old rewrite of the whole workbook dropped it. */
const CUSTOM = '<?xml version="1.0" encoding="UTF-8"?><chartSpace xmlns="urn:example">not modelled by exceljs</chartSpace>';

/** Sheets 数据 (the input), Result (to be replaced) and 附图 (an image, a print area); a global name; an extra part. */
async function richBook(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'standings-package-'));
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet('数据');
  data.addRow(['单位', '完成']);
  data.addRow(['城关镇', 1]);
  data.addRow(['=1+1', 2]);
  book.addWorksheet('Result').addRow(['old result']);
  const pictures = book.addWorksheet('附图');
  pictures.addRow(['图', 3]);
  pictures.addImage(book.addImage({ buffer: PNG, extension: 'png' } as unknown as ExcelJS.Image), 'B2:D6');
  pictures.pageSetup.printArea = 'A1:B3';
  book.definedNames.add("'数据'!$A$2:$A$3", 'units');
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  zip.file('xl/extra/custom1.xml', CUSTOM);
  const types = (await zip.file('[Content_Types].xml')!.async('string')).replace('</Types>', '<Override PartName="/xl/extra/custom1.xml" ContentType="application/vnd.example+xml"/></Types>');
  zip.file('[Content_Types].xml', types);
  const path = join(dir, 'in.xlsx');
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

const sheetsOf = (workbookXml: string): string[] => [...workbookXml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);

const soffice = findSoffice();

/** One sheet (1-based) as LibreOffice reads it, through CSV. */
async function libreOfficeSheet(path: string, sheet: number): Promise<string[][]> {
  const out = join(dir, `csv-${sheet}`);
  execFileSync(
    soffice!,
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`, '--outdir', out, path],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const [file] = await readdir(out);
  return (await readFile(join(out, file), 'utf8')).trimEnd().split('\n').map((line) => line.split(','));
}

describe('writing copies the input package', () => {
  it('keeps every part it does not edit byte for byte, defined names on their sheets, and a replaced sheet in its place', async () => {
    const input = await richBook();
    const out = join(dir, 'out.xlsx');
    const wb = await XlsxWorkbook.open(input, { outPath: out });
    expect(await wb.listSheets()).toEqual(['数据', 'Result', '附图']);
    await wb.writeRun([plan('result', [['new', 1]]), plan('新表', [['=1+1', 'x']])], STORE, { replace: true });

    const before = await parts(input);
    const after = await parts(out);
    const workbookXml = (p: Map<string, Buffer>): string => p.get('xl/workbook.xml')!.toString('utf8');
    const resultPart = /Target="([^"]+)"/.exec(before.get('xl/_rels/workbook.xml.rels')!.toString('utf8').split('<Relationship ').find((r) => r.includes('sheet2.xml'))!)![1];
    const edited = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', `xl/${resultPart}`]);
    const copied = [...before.keys()].filter((name) => !edited.has(name));
    expect(copied).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/drawings/drawing1.xml', 'xl/extra/custom1.xml', 'xl/sharedStrings.xml']));
    for (const name of copied) expect(after.get(name), name).toEqual(before.get(name));
    // The replaced sheet's old part is gone; the new sheets are added.
    expect(after.has(`xl/${resultPart}`)).toBe(false);

    // Defined names are copied as they were; the sheets before and after the replaced one keep their indices.
    const names = (xml: string): string => /<definedNames>.*<\/definedNames>/s.exec(xml)![0];
    expect(names(workbookXml(after))).toBe(names(workbookXml(before)));
    expect(names(workbookXml(before))).toContain('localSheetId="2"');
    const [first, second, third] = sheetsOf(workbookXml(before));
    expect(sheetsOf(workbookXml(after)).slice(0, 3)).toEqual([first, second.replace('name="Result"', 'name="result"'), third]);

    const read = await XlsxWorkbook.open(out);
    expect(await read.listSheets()).toEqual(['数据', 'result', '附图', '新表']);
    expect((await read.readRanges(['result!A1:B1', '新表!A1:B1'])).map((t) => t.values)).toEqual([[['new', 1]], [['=1+1', 'x']]]);
    expect(await read.readStore()).toEqual(STORE);
    // exceljs reads the copy too: the image, the print area on its sheet, the global name.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['数据', 'visible'], ['result', 'visible'], ['附图', 'visible'], ['新表', 'visible'], [STORE_SHEET, 'veryHidden']]);
    expect(book.getWorksheet('附图')!.getImages()).toHaveLength(1);
    expect(book.getWorksheet('附图')!.pageSetup.printArea).toBe('A1:B3');
    expect(book.definedNames.getRanges('units').ranges).toEqual(["'数据'!$A$2:$A$3"]);
    // Text is text: no formula anywhere in the sheets written.
    for (const [name, bytes] of after) if (!before.has(name) && name.includes('worksheets/')) expect(bytes.toString('utf8'), name).not.toContain('<f');
  });

  it('replacing a sheet with a drawing drops its relationships and the calculation chain; the copy still opens', async (ctx) => {
    const input = await richBook();
    // A calculation chain, as Excel saves one.
    const zip = await JSZip.loadAsync(await readFile(input));
    zip.file('xl/calcChain.xml', '<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="3"/></calcChain>');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    await writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const out = join(dir, 'out.xlsx');
    await (await XlsxWorkbook.open(input, { outPath: out })).writeRun([plan('附图', [['新图表', 7]])], STORE, { replace: true });
    const after = await parts(out);
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.has('xl/worksheets/_rels/sheet3.xml.rels')).toBe(false);
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString('utf8')).not.toContain('calcChain');
    expect(after.get('[Content_Types].xml')!.toString('utf8')).not.toContain('calcChain');
    const read = await XlsxWorkbook.open(out);
    expect(await read.listSheets()).toEqual(['数据', 'Result', '附图']);
    expect((await read.readRanges(['附图!A1:B1']))[0].values).toEqual([['新图表', 7]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(book.getWorksheet('附图')!.getImages()).toHaveLength(0);
    if (soffice === null) ctx.skip('soffice not found on PATH');
    expect(await libreOfficeSheet(out, 3)).toEqual([['新图表', '7']]);
  });

  it('reads and writes a package whose parts are not at the usual paths', async (ctx) => {
    dir = await mkdtemp(join(tmpdir(), 'standings-package-'));
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('数据');
    ws.addRow(['单位', '完成', '日期']);
    ws.addRow(['城关镇', { formula: '1+1', result: 2 }, new Date(Date.UTC(2026, 4, 31))]);
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    // The workbook part at book/main.xml, its sheet at "data/first-sheet.xml", shared strings by an absolute target.
    const move = async (from: string, to: string, edit: (text: string) => string = (t) => t): Promise<void> => {
      const text = await zip.file(from)!.async('string');
      zip.remove(from);
      zip.file(to, edit(text));
    };
    await move('xl/workbook.xml', 'book/main.xml');
    await move('xl/worksheets/sheet1.xml', 'data/first-sheet.xml');
    await move('xl/_rels/workbook.xml.rels', 'book/_rels/main.xml.rels', (t) =>
      t
        .replace('Target="worksheets/sheet1.xml"', 'Target="../data/first-sheet.xml"')
        .replace('Target="sharedStrings.xml"', 'Target="/xl/sharedStrings.xml"')
        .replace('Target="styles.xml"', 'Target="../xl/styles.xml"')
        .replace('Target="theme/theme1.xml"', 'Target="../xl/theme/theme1.xml"'),
    );
    await move('_rels/.rels', '_rels/.rels', (t) => t.replace('Target="xl/workbook.xml"', 'Target="book/main.xml"'));
    await move('[Content_Types].xml', '[Content_Types].xml', (t) =>
      t.replace('PartName="/xl/workbook.xml"', 'PartName="/book/main.xml"').replace('PartName="/xl/worksheets/sheet1.xml"', 'PartName="/data/first-sheet.xml"'),
    );
    const input = join(dir, 'odd.xlsx');
    await writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const out = join(dir, 'out.xlsx');
    const wb = await XlsxWorkbook.open(input, { outPath: out });
    expect((await wb.readRanges(['数据!A1:C2']))[0].values).toEqual([['单位', '完成', '日期'], ['城关镇', 2, new Date(Date.UTC(2026, 4, 31))]]);
    const bold = { top: 0, left: 0, bottom: 0, right: 1 };
    await wb.writeRun([plan('结果', [['单位', '得分'], ['城关镇', 98.5], ['_x0041_', true], ['河\u0001西\u000B', 1]], { bold: [bold], numberFormats: [{ range: { top: 1, left: 1, bottom: 1, right: 1 }, format: '0.0' }] })], STORE, { replace: false });

    const written = await parts(out);
    expect([...written.keys()].filter((n) => n.endsWith('.xml')).sort()).toEqual(
      expect.arrayContaining(['book/main.xml', 'book/worksheets/sheet1.xml', 'book/worksheets/sheet2.xml', 'data/first-sheet.xml']),
    );
    const read = await XlsxWorkbook.open(out);
    expect(await read.listSheets()).toEqual(['数据', '结果']);
    // A control character XML cannot hold is kept as `_x0001_`, and read back as itself.
    expect((await read.readRanges(['数据!A2:B2', '结果!A1:B4'])).map((t) => t.values)).toEqual([
      [['城关镇', 2]],
      [['单位', '得分'], ['城关镇', 98.5], ['_x0041_', true], ['河\u0001西\u000B', 1]],
    ]);
    expect(await read.readStore()).toEqual(STORE);
    if (soffice === null) ctx.skip('soffice not found on PATH');
    expect(await libreOfficeSheet(out, 2)).toEqual([['单位', '得分'], ['城关镇', '98.5'], ['_x0041_', 'TRUE'], ['河\u0001西\u000B', '1']]);
    expect((await libreOfficeSheet(out, 1))[1].slice(0, 2)).toEqual(['城关镇', '2']);
  });
});

describe('packages of other kinds', () => {
  /** richBook's package, changed by `edit` (zip in, nothing out), saved as `name`. */
  async function edited(name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
    const zip = await JSZip.loadAsync(await readFile(await richBook()));
    await edit(zip);
    const path = join(dir, name);
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return path;
  }
  const retype = (from: string, to: string) => async (zip: JSZip) => {
    zip.file('[Content_Types].xml', (await zip.file('[Content_Types].xml')!.async('string')).replace(from, to));
  };

  it('refuses to write a macro-enabled workbook under .xlsx, before any work, and accepts .xlsm', async () => {
    const input = await edited('in.xlsm', retype('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    await expect(XlsxWorkbook.open(input, { outPath: join(dir, 'out.xlsx') })).rejects.toEqual(new OutputTypeError(join(dir, 'out.xlsx'), '.xlsm'));
    const out = join(dir, 'out.xlsm');
    await (await XlsxWorkbook.open(input, { outPath: out })).writeRun([plan('结果', [['城关镇', 1]])], STORE, { replace: false });
    expect((await parts(out)).get('[Content_Types].xml')!.toString('utf8')).toContain('macroEnabled.main+xml');
  });

  it('never declares a part name twice, even one the content types list without a part', async () => {
    const stale = await edited('stale.xlsx', retype('</Types>', '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
    // The same parts without folder entries, as Excel saves a package.
    const plain = new JSZip();
    for (const file of Object.values((await JSZip.loadAsync(await readFile(stale))).files)) {
      if (!file.dir) plain.file(file.name, await file.async('nodebuffer'), { createFolders: false });
    }
    const input = join(dir, 'plain.xlsx');
    await writeFile(input, await plain.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const out = join(dir, 'out.xlsx');
    await (await XlsxWorkbook.open(input, { outPath: out })).writeRun([plan('结果', [['城关镇', 1]])], STORE, { replace: false });
    const written = await parts(out);
    const names = [...written.get('[Content_Types].xml')!.toString('utf8').matchAll(/PartName="([^"]+)"/g)].map((m) => m[1].toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // No folder entries added either: a package has parts only.
    const folders = async (path: string): Promise<string[]> => Object.values((await JSZip.loadAsync(await readFile(path))).files).filter((f) => f.dir).map((f) => f.name);
    expect(await folders(input)).toEqual([]);
    expect(await folders(out)).toEqual([]);
  });

  it('reads a chart sheet as no sheet to read, and lists only worksheets', async () => {
    const input = await edited('chart.xlsx', async (zip) => {
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'));
      const wb = await zip.file('xl/workbook.xml')!.async('string');
      zip.file('xl/workbook.xml', wb.replace('</sheets>', '<sheet name="图表1" sheetId="77" r:id="rId77"/></sheets>'));
      zip.file('xl/chartsheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    });
    const wb = await XlsxWorkbook.open(input, { outPath: join(dir, 'out.xlsx') });
    expect(await wb.listSheets()).toEqual(['数据', 'Result', '附图']);
    await expect(wb.readRanges(['图表1!A1:B2'])).rejects.toEqual(new SheetNotFoundError('图表1'));
    await expect(wb.writeRun([plan('图表1', [['x']])], STORE, { replace: false })).rejects.toEqual(new SheetExistsError(['图表1']));
  });

  it('reads an ISO date cell (t="d") as the same day whatever the machine\'s time zone', async () => {
    const input = await edited('iso.xlsx', async (zip) => {
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="d"><v>2024-01-15T00:00:00</v></c>'));
    });
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const [table] = await (await XlsxWorkbook.open(input)).readRanges(['数据!B2']);
      expect(table.values).toEqual([[new Date(Date.UTC(2024, 0, 15))]]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('appending styles', () => {
  it('adds the lists a stylesheet lacks, in schema order, and indexes after the existing entries', () => {
    const xml =
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="12"/><x:name val="宋体"/></x:font></x:fonts>' +
      '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>';
    const { xml: out, ids } = appendStyles(xml, [{ bold: true }, { numFmt: '0.0%', fill: 'FFC6EFCE' }, { bold: true }, { numFmt: '0.00' }]);
    expect(ids).toEqual([2, 3, 2, 4]);
    expect(out).toBe(
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts>' +
        '<x:fonts count="2"><x:font><x:sz val="12"/><x:name val="宋体"/></x:font><x:font><x:b/><x:sz val="12"/><x:name val="宋体"/></x:font></x:fonts>' +
        '<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFC6EFCE"/></x:patternFill></x:fill></x:fills>' +
        '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
        '<x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/>' +
        '<x:xf numFmtId="164" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"/><x:xf numFmtId="2" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>',
    );
  });

  it('gives a new format an id no conditional format uses, and keeps fill 1 for the gray125 pattern', () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts>' +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><cellXfs count="1"><xf numFmtId="0"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs></styleSheet>';
    const { xml: out, ids } = appendStyles(xml, [{ numFmt: '0.0%', fill: 'FFC6EFCE' }]);
    expect(ids).toEqual([1]);
    expect(out).toContain('<numFmts count="1"><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>');
    expect(out).toContain('<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid">');
    expect(out).toContain('<xf numFmtId="165" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"/>');
  });

  it('appends nothing the stylesheet already has: a second run with the same styles leaves it as it was', () => {
    const styles = [{ bold: true }, { numFmt: '0.0%', fill: 'FFC6EFCE' }, { numFmt: '0.00' }, { fill: 'FFC6EFCE', bold: true }];
    const once = appendStyles(EMPTY, styles);
    const twice = appendStyles(once.xml, styles);
    expect(twice).toEqual(once);
    expect(once.ids).toEqual([1, 2, 3, 4]);
  });
});
