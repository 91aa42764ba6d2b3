// English words for the workbook layer. Same keys as messages.zh-CN.ts.
import type { WorkbookMessages } from './messages';

export const en: WorkbookMessages = {
  sheetMissing: (p) => `range ${p.range} is on sheet "${p.sheet}", which the workbook does not have`,
  store: {
    'store-no-marker': (d) => `the rule set and run log stored in the workbook are not recognised (A1 should be standings/store@1, found "${d}")`,
    'store-bad-json': (d) => `the rule set and run log stored in the workbook are damaged: ${d}`,
    'store-bad-shape': (d) => `the run log stored in the workbook is malformed: ${d}`,
    'store-too-large': (d) => `the rule set stored in the workbook is too large to be read safely (${d} characters of JSON; at most 1,000,000)`,
  },
  sheetExists: (p) => `sheet already exists: ${p.sheets}`,
  mergedHeader: (p) => `the header row of ${p.range} has merged cells ${p.merge}; unmerge them and give each column its own header`,
  noCachedValue: (p) => `formula cell ${p.cell} has no calculated value; open and save the workbook in Excel, WPS or LibreOffice first`,
  cannotRead: (p) => `cannot read workbook ${p.path}: ${p.reason}`,
  cannotWrite: (p) => `cannot write workbook ${p.path}: ${p.reason}`,
};
