// The WorkbookPort over an .xlsx file, through exceljs. Reads from the file as opened; writes a
// new workbook (the input plus the result sheets and the store) to `outPath`, atomically.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { cellAddress, formatRange, parseRange } from '../../engine/address';
import type { Table } from '../../engine/types';
import { MergedHeaderError, NoCachedValueError, SheetExistsError, SheetNotFoundError, StoreError, WorkbookReadError, WorkbookWriteError } from '../errors';
import type { RunInputs, WorkbookPort } from '../port';
import { userSheetNames } from '../sheetList';
import type { SheetPlan } from '../sheetPlan';
import type { Store } from '../store';
import { decodeStore, encodeStore, STORE_SHEET } from '../storeCodec';
import { writeFileAtomic } from './atomicWrite';
import { cellValue } from './cellValue';
import { emptyStringResults } from './emptyStringResults';
import { planStyles, renderPlan } from './renderPlan';
import { cellRowsOf, writeWithRows, type SheetRows } from './sheetRows';

async function load(data: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(path, { cause: error });
  }
  return book;
}

function findSheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return book.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

/** A formula without a cached result on a sheet whose `=""` results are not looked up yet. */
class UnknownEmptyResults extends Error {
  constructor(readonly sheet: string) {
    super(`formula results of ${sheet} not looked up`);
  }
}

export class XlsxWorkbook implements WorkbookPort {
  /** Set by writeRun, which changes the loaded workbook in place. */
  private spent = false;

  /**
   * Formula cells cached as "" by sheet, looked up in the file only for a sheet where a formula
   * without a cached result is read (exceljs cannot tell the two apart; see emptyStringResults.ts).
   */
  private readonly emptyStrings = new Map<string, ReadonlySet<string>>();

  private constructor(
    private readonly book: ExcelJS.Workbook,
    /** The file's bytes, for emptyStringResults. */
    private readonly data: Uint8Array,
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
    const book = await load(data, path);
    return new XlsxWorkbook(book, data, path, options.outPath ?? path);
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.sheetNames());
  }

  /** The sheets a user can pick: the Office adapter's rule (sheetList.ts), with exceljs's `veryHidden` state. */
  private sheetNames(): string[] {
    return userSheetNames(this.book.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state === 'veryHidden' ? 'VeryHidden' : ws.state })));
  }

  /** The whole file is in memory: the three reads in turn, ranges on missing sheets as null. */
  async readInputs(addresses: readonly string[]): Promise<RunInputs> {
    const present = (address: string): boolean => {
      const ref = parseRange(address);
      return ref !== null && ref.sheet !== null && findSheet(this.book, ref.sheet) !== undefined;
    };
    const read = await this.readRanges(addresses.filter(present));
    const tables = addresses.map((address) => (present(address) ? (read.shift() ?? null) : null));
    return { tables, store: await this.readStore(), sheets: this.sheetNames() };
  }

  async readRanges(addresses: readonly string[]): Promise<Table[]> {
    for (;;) {
      try {
        return addresses.map((address) => this.readRange(address));
      } catch (error) {
        // A formula without a cached result: is it a cached "" (a blank) or never calculated?
        // Only the sheet XML tells; read it for that sheet, once, and read again.
        if (!(error instanceof UnknownEmptyResults)) throw error;
        const { sheet } = error;
        const found = await emptyStringResults(this.data, sheet).catch((cause: unknown) => {
          throw new WorkbookReadError(this.path, { cause });
        });
        this.emptyStrings.set(sheet, found.get(sheet) ?? new Set());
      }
    }
  }

  private readRange(address: string): Table {
    const ref = parseRange(address);
    if (ref === null || ref.sheet === null) throw new SheetNotFoundError(address);
    const ws = findSheet(this.book, ref.sheet);
    if (ws === undefined) throw new SheetNotFoundError(ref.sheet);
    const empty = this.emptyStrings.get(ws.name.toLowerCase());
    const merged: string[] = [];
    for (let c = ref.left; c <= ref.right; c++) if (ws.findCell(ref.top, c)?.isMerged === true) merged.push(cellAddress(ws.name, ref.top, c));
    if (merged.length > 0) {
      const range = formatRange({ ...ref, sheet: ws.name });
      const merge = merged.length === 1 ? merged[0] : `${merged[0]}:${merged[merged.length - 1].replace(/^.*!/, '')}`;
      throw new MergedHeaderError(range, merge);
    }
    const values: (string | number | boolean | Date)[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row: (string | number | boolean | Date)[] = [];
      const cells = ws.findRow(r);
      for (let c = ref.left; c <= ref.right; c++) {
        const cell = cells?.findCell(c);
        if (cell === undefined) {
          row.push('');
          continue;
        }
        // The cell's name is made only for an error.
        try {
          row.push(cellValue(cell, '', empty?.has(cell.address) === true));
        } catch (error) {
          if (!(error instanceof NoCachedValueError)) throw error;
          if (empty === undefined) throw new UnknownEmptyResults(ws.name.toLowerCase());
          throw new NoCachedValueError(cellAddress(ws.name, r, c));
        }
      }
      values.push(row);
    }
    return { sheet: ws.name, address: formatRange({ ...ref, sheet: null }), values };
  }

  readStore(): Promise<Store | null> {
    const ws = this.book.getWorksheet(STORE_SHEET);
    if (ws === undefined) return Promise.resolve(null);
    const values: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) values.push([cellValue(ws.getCell(r, 1), cellAddress(STORE_SHEET, r, 1))]);
    const { store, issues } = decodeStore(values);
    if (store === null) return Promise.reject(new StoreError(issues));
    return Promise.resolve(store);
  }

  async writeRun(sheets: readonly SheetPlan[], store: Store, options: { replace: boolean }): Promise<void> {
    const existing = sheets.filter((plan) => findSheet(this.book, plan.name) !== undefined).map((plan) => plan.name);
    if (existing.length > 0 && !options.replace) throw new SheetExistsError(existing);
    // The workbook read at open is changed in place: loading a second copy doubled the run's
    // memory and time. A failed write leaves the files untouched, but this object spent.
    if (this.spent) throw new WorkbookWriteError(this.outPath, { cause: new Error('writeRun called twice') });
    this.spent = true;
    const book = this.book;
    const rows: SheetRows[] = [];
    for (const plan of sheets) {
      const old = findSheet(book, plan.name);
      if (old !== undefined) book.removeWorksheet(old.id);
      // The cells below the merged title lines are written as sheet XML (sheetRows.ts).
      const ws = book.addWorksheet(plan.name);
      const styles = planStyles(plan);
      const from = cellRowsOf(plan);
      renderPlan(ws, plan, { cellRows: from, styles });
      rows.push({ ws, plan, styles, from });
    }
    const oldStore = book.getWorksheet(STORE_SHEET);
    if (oldStore !== undefined) book.removeWorksheet(oldStore.id);
    const storeSheet = book.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
    encodeStore(store).forEach((row, r) => (storeSheet.getCell(r + 1, 1).value = row[0] ?? null));
    let data: ExcelJS.Buffer;
    try {
      // Fastest deflate level: a few percent larger file, several times less time in pure-JS zlib.
      data = await writeWithRows(book, rows, { zip: { compressionOptions: { level: 1 } } });
    } catch (error) {
      throw new WorkbookWriteError(this.outPath, { cause: error });
    }
    await writeFileAtomic(this.outPath, new Uint8Array(data));
  }
}
