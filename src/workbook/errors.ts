// Thrown only for misuse and I/O failure (style rule 5): one class per condition, the facts as
// fields, the underlying error kept as `cause`. Problems in the data travel as issues instead.
import type { DateCell } from './port';
import type { StoreIssue } from './storeCodec';

/** The workbook's store sheet exists but cannot be read back; `issues` say where and why. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(readonly issues: readonly StoreIssue[]) {
    super(`the workbook's store is unreadable: ${issues.map((i) => `${i.cell ?? i.path ?? ''} ${i.code}: ${i.detail}`).join('; ')}`);
  }
}

/** A sheet to be written already exists and the caller did not ask to replace it. */
export class SheetExistsError extends Error {
  override readonly name = 'SheetExistsError';
  constructor(readonly sheets: readonly string[]) {
    super(`sheet already exists: ${sheets.join(', ')}`);
  }
}

/**
 * Numbers read from input ranges turned out, once their number formats were looked at, to be
 * dates: the write stopped before putting anything in place and left the workbook as it was.
 */
export class DatesFoundError extends Error {
  override readonly name = 'DatesFoundError';
  constructor(readonly cells: readonly DateCell[]) {
    super(`${cells.length} input cell(s) hold dates where numbers were read; nothing was written`);
  }
}

/** A range names a sheet the workbook does not have. */
export class SheetNotFoundError extends Error {
  override readonly name = 'SheetNotFoundError';
  constructor(readonly sheet: string) {
    super(`no sheet named "${sheet}"`);
  }
}

/** The header row of an input range has merged cells, whose columns cannot be told apart. */
export class MergedHeaderError extends Error {
  override readonly name = 'MergedHeaderError';
  constructor(
    readonly range: string,
    readonly merge: string,
  ) {
    super(`the header row of ${range} has merged cells ${merge}; unmerge them and give each column its own header`);
  }
}

/** A formula cell has no cached result (the file was saved by a tool that does not calculate). */
export class NoCachedValueError extends Error {
  override readonly name = 'NoCachedValueError';
  constructor(readonly cell: string) {
    super(`formula cell ${cell} has no calculated value; open and save the workbook in Excel, WPS or LibreOffice first`);
  }
}

/** The workbook file could not be opened or parsed. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  constructor(
    readonly path: string,
    options: { cause: unknown },
  ) {
    super(`cannot read workbook ${path}: ${causeText(options.cause)}`, options);
  }
}

/** The output file's extension does not fit the workbook (a macro-enabled one written as `.xlsx`). */
export class OutputTypeError extends Error {
  override readonly name = 'OutputTypeError';
  constructor(
    readonly path: string,
    readonly extension: string,
  ) {
    super(`${path} must end in ${extension}: Excel refuses this workbook under another extension`);
  }
}

/** The output workbook could not be written; nothing was left behind. */
export class WorkbookWriteError extends Error {
  override readonly name = 'WorkbookWriteError';
  constructor(
    readonly path: string,
    options: { cause: unknown },
  ) {
    super(`cannot write workbook ${path}: ${causeText(options.cause)}`, options);
  }
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
