// The CLI's words, one table per language (messages.zh-CN.ts, messages.en.ts), same keys.
import type { Lang } from '../engine/types';
import { en } from './messages.en';
import { zhCN } from './messages.zh-CN';

export interface CliMessages {
  helpMain: string;
  helpRank: string;
  helpValidate: string;
  helpTemplates: string;
  helpTemplate: string;
  error: string;
  warning: string;
  unknownCommand: (p: { command: string }) => string;
  badOption: (p: { detail: string }) => string;
  needsBook: string;
  needsRules: string;
  needsId: string;
  tooManyArguments: (p: { extra: string }) => string;
  badLang: (p: { value: string }) => string;
  badElapsed: (p: { value: string }) => string;
  cannotReadFile: (p: { path: string; reason: string }) => string;
  cannotWriteFile: (p: { path: string; reason: string }) => string;
  outputType: (p: { out: string; extension: string }) => string;
  noStoredRules: (p: { book: string }) => string;
  unknownTemplate: (p: { id: string; ids: string }) => string;
  sheetExists: (p: { sheet: string }) => string;
  written: (p: { out: string; sheets: string }) => string;
  valid: (p: { name: string; indicators: number }) => string;
  // standings history
  helpHistory: string;
  historyNeedsBook: string;
  noRuns: (p: { book: string }) => string;
  unknownRuleSet: (p: { name: string; names: string }) => string;
  /** A table cell: the rank and, in brackets, the total. */
  historyCell: (p: { rank: number; total: string }) => string;
  otherRuleSets: (p: { names: string }) => string;
  // standings explain
  helpExplain: string;
  explainNeedsUnit: string;
  /** Between unit names in a list. */
  nameSep: string;
  unitNotFoundClose: (p: { unit: string; names: string }) => string;
  unitNotFound: (p: { unit: string; names: string; count: number }) => string;
  figuresChanged: (p: { unit: string; period: string; time: string; stored: string; now: string }) => string;
}

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { 'zh-CN': zhCN, en };
