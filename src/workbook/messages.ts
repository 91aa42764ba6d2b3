// Words for the workbook layer's problems (store content, sheets, files), one table per language.
import type { Lang } from '../engine/types';
import type { StoreIssueCode } from './storeCodec';
import { en } from './messages.en';
import { zhCN } from './messages.zh-CN';

export interface WorkbookMessages {
  sheetMissing: (p: { sheet: string; range: string }) => string;
  store: Readonly<Record<StoreIssueCode, (detail: string) => string>>;
  sheetExists: (p: { sheets: string }) => string;
  mergedHeader: (p: { range: string; merge: string }) => string;
  noCachedValue: (p: { cell: string }) => string;
  cannotRead: (p: { path: string; reason: string }) => string;
  cannotWrite: (p: { path: string; reason: string }) => string;
}

export const WORKBOOK_MESSAGES: Readonly<Record<Lang, WorkbookMessages>> = { 'zh-CN': zhCN, en };
