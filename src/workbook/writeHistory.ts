// Writes the rank history sheet of one rule set, host-independent: read the store through the
// port, lay out the sheet and write it with the store as it was (nothing is added to the log).
// The CLI and the task pane both call this.
import type { Lang } from '../engine/types';
import { rankHistory, ruleSetNames, type RankHistory } from './history';
import { buildHistorySheet, historySheetName } from './layout/historySheet';
import type { WorkbookPort } from './port';
import type { Store } from './store';

export interface HistoryRequest {
  /** Rule-set name; default: the most recently run one. */
  ruleSet?: string;
  lang: Lang;
  /** Overwrite an existing history sheet of the same name (else SheetExistsError). */
  replace: boolean;
}

/** Why there is no table: the log is empty, or has no run of the rule set asked for. */
export type HistoryMissing = { status: 'no-runs' } | { status: 'unknown-rule-set'; ruleSet: string; ruleSets: string[] };

export interface HistoryRead {
  status: 'read';
  history: RankHistory;
  /** Names in the log, the most recently run first. */
  ruleSets: string[];
}

export type HistoryOutcome = HistoryMissing | (Omit<HistoryRead, 'status'> & { status: 'written'; sheetName: string });

function pick(store: Store | null, ruleSet: string | undefined): HistoryMissing | HistoryRead {
  const runs = store?.runs ?? [];
  const ruleSets = ruleSetNames(runs);
  const name = ruleSet ?? ruleSets[0];
  if (name === undefined) return { status: 'no-runs' };
  if (!ruleSets.includes(name)) return { status: 'unknown-rule-set', ruleSet: name, ruleSets };
  return { status: 'read', history: rankHistory(runs, name), ruleSets };
}

/** The table of the rule set asked for (default: the most recently run), without writing. */
export async function readHistory(port: WorkbookPort, ruleSet?: string): Promise<HistoryMissing | HistoryRead> {
  return pick(await port.readStore(), ruleSet);
}

/**
 * Lays out and writes the history sheet. The store is written back unchanged (the port writes
 * sheets and store together); throws SheetExistsError when the sheet exists and `replace` is false.
 */
export async function writeHistory(port: WorkbookPort, request: HistoryRequest): Promise<HistoryOutcome> {
  const store = await port.readStore();
  const read = pick(store, request.ruleSet);
  if (read.status !== 'read') return read;
  // A table means runs, so there is a store; the check is for the compiler.
  if (store === null) return { status: 'no-runs' };
  const { history, ruleSets } = read;
  const sheetName = historySheetName(history.ruleSet, request.lang);
  await port.writeRun([buildHistorySheet({ history, lang: request.lang, sheetName })], store, { replace: request.replace });
  return { status: 'written', history, ruleSets, sheetName };
}
