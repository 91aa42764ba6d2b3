// The store of spec 4.2: the rule set and the run log, kept inside the workbook.
import type { Period } from '../engine/types';

export const STORE_FORMAT = 'standings/store@1';

export interface StoredRun {
  /** ISO 8601 time of the run. */
  time: string;
  period: Period;
  /** Name of the rule set used. */
  ruleSet: string;
  sources: string[];
  units: { unit: string; group: string | null; rank: number; total: number }[];
}

export interface Store {
  format: typeof STORE_FORMAT;
  /** The rule set last used, as JSON; validated like any other input when read back. */
  ruleSet: unknown;
  runs: StoredRun[];
}
