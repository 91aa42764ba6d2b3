// The Office adapter's public face.
export { OfficeWorkbook, REQUIRED_SET, type OfficeWorkbookOptions } from './OfficeWorkbook';
export {
  CellEditModeError,
  InvalidPlanError,
  OfficeRequestError,
  RangeAddressError,
  RunInProgressError,
  SessionLostError,
  UnsupportedHostError,
  type OfficeFacts,
} from './errors';
export type { XlContext, XlRun } from './excelApi';
