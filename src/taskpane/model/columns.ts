// Which columns a rule set reads, and which of them the bound ranges' header rows provide.
// Headers are compared as the engine compares them (spec 1: white space, width, bracketed unit).
import { headerKey } from '../../engine/index';
import { getAt, type Draft } from './draft';

const texts = (values: readonly unknown[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/** Column names the draft refers to, in rule order, without repeats. */
export function ruleColumns(draft: Draft): string[] {
  const names: unknown[] = [getAt(draft, ['unit', 'column']), getAt(draft, ['unit', 'groupColumn'])];
  const indicators = getAt(draft, ['indicators']);
  if (Array.isArray(indicators)) indicators.forEach((_, i) => names.push(getAt(draft, ['indicators', i, 'target']), getAt(draft, ['indicators', i, 'actual'])));
  const adjustments = getAt(draft, ['adjustments']);
  if (Array.isArray(adjustments)) adjustments.forEach((_, i) => names.push(getAt(draft, ['adjustments', i, 'column'])));
  return [...new Set(texts(names))];
}

export interface ColumnMatch {
  matched: string[];
  unmatched: string[];
}

/** Splits the rule's columns by whether any of the header rows has them. */
export function matchColumns(columns: readonly string[], headerRows: readonly (readonly unknown[])[]): ColumnMatch {
  const present = new Set(headerRows.flatMap((row) => texts(row).map(headerKey)));
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const c of columns) (present.has(headerKey(c)) ? matched : unmatched).push(c);
  return { matched, unmatched };
}
