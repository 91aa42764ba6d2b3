// An exceljs cell as Office.js `Range.values` would give it: formulas as their cached results,
// rich text flattened, errors as their text (`#N/A`), dates as Date, blanks and the hidden parts
// of merged cells as ''.
import ExcelJS from 'exceljs';
import { NoCachedValueError } from '../errors';

type Plain = string | number | boolean | Date;

function flatten(value: unknown, cell: string, emptyResult = false): Plain {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) {
      // Calculated to "" (the file says so) is a blank; never calculated is refused.
      if (emptyResult) return '';
      throw new NoCachedValueError(cell);
    }
    return flatten(result, cell);
  }
  if ('richText' in value) {
    const runs = (value as ExcelJS.CellRichTextValue).richText;
    return runs.map((r) => r.text).join('');
  }
  if ('hyperlink' in value) return flatten((value as { text?: unknown }).text, cell);
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return '';
}

/**
 * `cellName` names the cell in errors, e.g. `完成情况!C7`; `emptyResult` says the file records the
 * formula's cached result as an empty string (see emptyStringResults.ts).
 */
export function cellValue(cell: ExcelJS.Cell, cellName: string, emptyResult = false): Plain {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return flatten(cell.value, cellName, emptyResult);
}
