// The store of spec 4.2 as cells of the very hidden sheet `_standings_store`: a format marker in
// A1, then the store's JSON cut into chunks down column A (an Excel cell holds 32,767 characters).
// Pure and host-independent: the .xlsx adapter and the Office adapter both use it.
import { z } from 'zod';
import { STORE_FORMAT, type Store } from './store';

export const STORE_SHEET = '_standings_store';
/** Characters of JSON per cell, well under Excel's 32,767. */
export const STORE_CHUNK = 30_000;

/**
 * Characters of JSON a stored rule set may take: the same limit as a rule-set file. Stores travel
 * in shared workbooks, so a bigger one is refused before anything else looks at it.
 */
export const MAX_STORED_RULESET = 1_000_000;

export type StoreIssueCode = 'store-no-marker' | 'store-bad-json' | 'store-bad-shape' | 'store-too-large';

/** A problem with the store's content, located by a cell (`_standings_store!A1`) or a JSON path. */
export interface StoreIssue {
  code: StoreIssueCode;
  cell?: string;
  path?: string;
  /** What was expected or found, in plain words from zod or JSON.parse. */
  detail: string;
}

const storedRunSchema = z.strictObject({
  time: z.iso.datetime({ offset: true }),
  period: z.strictObject({ label: z.string().min(1), elapsed: z.number().gt(0).max(1) }),
  ruleSet: z.string().min(1),
  sources: z.array(z.string()),
  units: z.array(
    z.strictObject({
      unit: z.string().min(1),
      group: z.string().nullable(),
      rank: z.number().int().min(1),
      total: z.number(),
    }),
  ),
});

const storeSchema = z.strictObject({
  format: z.literal(STORE_FORMAT),
  ruleSet: z.unknown(),
  runs: z.array(storedRunSchema),
});

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** The store sheet's values: one column, marker first. Every value is text. */
export function encodeStore(store: Store): string[][] {
  const json = JSON.stringify(store);
  const rows: string[][] = [[STORE_FORMAT]];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + STORE_CHUNK);
    // Never between the two halves of a character outside the BMP (𠮷): each half alone is lost.
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    rows.push([json.slice(i, end)]);
    i = end;
  }
  return rows;
}

function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Reads the store back from the sheet's values (as `Range.values` or exceljs give them). Never
 * throws on bad content: the store is null and the issues say why. The rule set inside is not
 * checked here; callers validate it like any other rule set.
 */
export function decodeStore(values: readonly (readonly unknown[])[]): { store: Store | null; issues: StoreIssue[] } {
  const marker = values[0]?.[0];
  if (marker !== STORE_FORMAT) {
    const found = typeof marker === 'string' || typeof marker === 'number' ? String(marker) : '';
    return { store: null, issues: [{ code: 'store-no-marker', cell: `${STORE_SHEET}!A1`, detail: found }] };
  }
  let json = '';
  for (const row of values.slice(1)) {
    const chunk = row[0];
    if (typeof chunk === 'string') json += chunk;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { store: null, issues: [{ code: 'store-bad-json', cell: `${STORE_SHEET}!A2`, detail }] };
  }
  const checked = storeSchema.safeParse(parsed);
  if (!checked.success) {
    const issues = checked.error.issues.map(
      (i): StoreIssue => ({ code: 'store-bad-shape', path: zodPath(i.path), detail: i.message }),
    );
    return { store: null, issues };
  }
  const { format, ruleSet, runs } = checked.data;
  // The rule set's share of the JSON, measured without serialising it again (it may be nested
  // deeper than JSON.stringify can go): everything but the run log, which the schema has checked.
  const ruleSetChars = json.length - JSON.stringify(runs).length;
  if (ruleSetChars > MAX_STORED_RULESET) {
    return { store: null, issues: [{ code: 'store-too-large', path: 'ruleSet', detail: String(ruleSetChars) }] };
  }
  return { store: { format, ruleSet, runs }, issues: [] };
}
