// The WorkbookPort over an .xlsx file. Opening reads the package's index (xlsxPackage.ts): the
// sheet list, the styles' date formats and the shared strings; a read streams only the sheets it
// names (readSheet.ts). `writeRun` writes the input package with the result sheets and the store
// added (writePackage.ts) to `outPath`, atomically; the input file is never changed.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { cellAddress, formatRange, parseRange } from '../../engine/address';
import type { Table } from '../../engine/types';
import { MergedHeaderError, NoCachedValueError, OutputTypeError, SheetExistsError, SheetNotFoundError, StoreError, WorkbookReadError, WorkbookWriteError } from '../errors';
import type { RunInputs, WorkbookPort } from '../port';
import { userSheetNames } from '../sheetList';
import { bareSheetPlan, type SheetPlan } from '../sheetPlan';
import type { Store } from '../store';
import { decodeStore, encodeStore, STORE_SHEET } from '../storeCodec';
import { writeFileAtomic } from './atomicWrite';
import { NO_CACHED_VALUE, readSheetCells, type CellRead, type ReadContext, type Rect } from './readSheet';
import { writePackage } from './writePackage';
import { findSheet, findWorksheet, openPackage, readDateStyles, readSharedStrings, requiredExtension, type SheetEntry, type XlsxPackage } from './xlsxPackage';

type Plain = string | number | boolean | Date;

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);

/** The store sheet's column A, as far down as the sheet goes. */
const STORE_COLUMN: Rect = { top: 1, left: 1, bottom: 1_048_576, right: 1 };

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly pkg: XlsxPackage,
    /** The file's bytes: `writeRun` copies its parts from them. */
    private readonly data: Uint8Array,
    private readonly context: ReadContext,
    /** The file read. */
    readonly path: string,
    /** Where `writeRun` writes; may be `path` itself, then replaced atomically. */
    readonly outPath: string,
  ) {}

  static async open(path: string, options: { outPath?: string } = {}): Promise<XlsxWorkbook> {
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      throw new WorkbookReadError(path, { cause: error });
    }
    let opened: { pkg: XlsxPackage; context: ReadContext; extension: string | null };
    try {
      const pkg = await openPackage(data);
      const [strings, dateStyles, extension] = await Promise.all([readSharedStrings(pkg), readDateStyles(pkg), requiredExtension(pkg)]);
      opened = { pkg, context: { strings, dateStyles, date1904: pkg.date1904 }, extension };
    } catch (error) {
      throw new WorkbookReadError(path, { cause: error });
    }
    const outPath = options.outPath ?? path;
    // Checked before any work: a macro-enabled workbook written as `.xlsx` is a file Excel refuses.
    const outExtension = extname(outPath).toLowerCase();
    if (opened.extension !== null && WORKBOOK_EXTENSIONS.has(outExtension) && outExtension !== opened.extension) {
      throw new OutputTypeError(outPath, opened.extension);
    }
    return new XlsxWorkbook(opened.pkg, data, opened.context, path, outPath);
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.sheetNames());
  }

  /** The sheets a user can pick: the Office adapter's rule (sheetList.ts). */
  private sheetNames(): string[] {
    const sheets = this.pkg.sheets.filter((s) => s.worksheet);
    return userSheetNames(sheets.map((s) => ({ name: s.name, visibility: s.state === 'veryHidden' ? 'VeryHidden' : s.state })));
  }

  /** The three reads in turn, ranges on missing sheets as null. */
  async readInputs(addresses: readonly string[]): Promise<RunInputs> {
    const present = (address: string): boolean => {
      const ref = parseRange(address);
      return ref !== null && ref.sheet !== null && findWorksheet(this.pkg, ref.sheet) !== undefined;
    };
    const read = await this.readRanges(addresses.filter(present));
    const tables = addresses.map((address) => (present(address) ? (read.shift() ?? null) : null));
    return { tables, store: await this.readStore(), sheets: this.sheetNames() };
  }

  /** The cells of `rects` on a sheet, its part streamed once for all of them. */
  private async cells(sheet: SheetEntry, rects: readonly Rect[]): Promise<Awaited<ReturnType<typeof readSheetCells>>> {
    if (sheet.path === null) return { grids: rects.map(() => []), lastRows: rects.map(() => 0), merges: [] };
    try {
      return await readSheetCells(this.pkg.zip, sheet.path, rects, this.context);
    } catch (error) {
      throw new WorkbookReadError(this.path, { cause: error });
    }
  }

  async readRanges(addresses: readonly string[]): Promise<Table[]> {
    const refs = addresses.map((address) => {
      const ref = parseRange(address);
      if (ref === null || ref.sheet === null) throw new SheetNotFoundError(address);
      const sheet = findWorksheet(this.pkg, ref.sheet);
      if (sheet === undefined) throw new SheetNotFoundError(ref.sheet);
      return { ref, sheet };
    });
    // Each sheet read once, for all the ranges on it.
    const bySheet = new Map<SheetEntry, number[]>();
    refs.forEach(({ sheet }, i) => bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), i]));
    const read = new Map<number, { grid: CellRead[][]; merges: Rect[] }>();
    for (const [sheet, indices] of bySheet) {
      const { grids, merges } = await this.cells(sheet, indices.map((i) => refs[i].ref));
      indices.forEach((i, k) => read.set(i, { grid: grids[k], merges }));
    }
    return refs.map(({ ref, sheet }, i) => {
      const { grid, merges } = read.get(i)!;
      const inMerge = (r: number, c: number): Rect | undefined => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      const merged: string[] = [];
      for (let c = ref.left; c <= ref.right; c++) if (inMerge(ref.top, c) !== undefined) merged.push(cellAddress(sheet.name, ref.top, c));
      if (merged.length > 0) {
        const range = formatRange({ ...ref, sheet: sheet.name });
        const merge = merged.length === 1 ? merged[0] : `${merged[0]}:${merged[merged.length - 1].replace(/^.*!/, '')}`;
        throw new MergedHeaderError(range, merge);
      }
      // The hidden parts of merged cells read blank, as Office.js gives them.
      for (const m of merges) {
        for (let r = Math.max(m.top, ref.top); r <= Math.min(m.bottom, ref.bottom); r++) {
          const line = grid[r - ref.top];
          if (line === undefined) continue;
          for (let c = Math.max(m.left, ref.left); c <= Math.min(m.right, ref.right); c++) if (r !== m.top || c !== m.left) line[c - ref.left] = '';
        }
      }
      const width = ref.right - ref.left + 1;
      const values: Plain[][] = [];
      for (let r = ref.top; r <= ref.bottom; r++) {
        const line = grid[r - ref.top];
        if (line === undefined) {
          values.push(new Array<Plain>(width).fill(''));
          continue;
        }
        const c = line.indexOf(NO_CACHED_VALUE);
        if (c >= 0) throw new NoCachedValueError(cellAddress(sheet.name, r, ref.left + c));
        values.push(line as Plain[]);
      }
      return { sheet: sheet.name, address: formatRange({ ...ref, sheet: null }), values };
    });
  }

  async readStore(): Promise<Store | null> {
    const sheet = findWorksheet(this.pkg, STORE_SHEET);
    if (sheet === undefined) return null;
    const { grids, lastRows } = await this.cells(sheet, [STORE_COLUMN]);
    const values: unknown[][] = [];
    for (let r = 1; r <= lastRows[0]; r++) {
      const value = grids[0][r - 1]?.[0] ?? '';
      if (value === NO_CACHED_VALUE) throw new NoCachedValueError(cellAddress(STORE_SHEET, r, 1));
      values.push([value]);
    }
    const { store, issues } = decodeStore(values);
    if (store === null) throw new StoreError(issues);
    return store;
  }

  async writeRun(sheets: readonly SheetPlan[], store: Store, options: { replace: boolean }): Promise<void> {
    const existing = sheets.filter((plan) => findSheet(this.pkg, plan.name) !== undefined).map((plan) => plan.name);
    if (existing.length > 0 && !options.replace) throw new SheetExistsError(existing);
    const storePlan = bareSheetPlan(STORE_SHEET, encodeStore(store));
    const writes = [
      ...sheets.map((plan) => ({ plan, replaces: findSheet(this.pkg, plan.name), state: 'visible' as const })),
      { plan: storePlan, replaces: findSheet(this.pkg, STORE_SHEET), state: 'veryHidden' as const },
    ];
    let data: Buffer;
    try {
      // A fresh copy of the package: writing changes its zip, and the reads stay as they were.
      const pkg = await openPackage(this.data);
      data = await writePackage(pkg, writes.map((w) => ({ ...w, replaces: w.replaces === undefined ? undefined : findSheet(pkg, w.replaces.name) })));
    } catch (error) {
      throw new WorkbookWriteError(this.outPath, { cause: error });
    }
    await writeFileAtomic(this.outPath, new Uint8Array(data.buffer, data.byteOffset, data.length));
  }
}
