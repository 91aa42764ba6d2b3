// The workbook port over an injected Excel.run: helper B's Office adapter.
import { OfficeWorkbook } from '../../workbook/office/index';
import type { WorkbookPort } from '../../workbook/port';
import type { ExcelRun } from './excelRun';

export function officePort(run: ExcelRun, isSetSupported?: (name: string, version: string) => boolean): WorkbookPort {
  return new OfficeWorkbook({ run, ...(isSetSupported ? { isSetSupported } : {}) });
}
