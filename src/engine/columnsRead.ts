// Which columns of a range a run reads, found from its header row as the join finds them: the
// unit column and every column the rule set names (the first of a repeated header wins). What
// other columns hold never changes a result, so a host may skip looking closer at them.
import { cellText, headerKey } from './text';
import type { RuleSet } from './ruleset/schema';

/** Header keys of every column the rule set reads, the unit column first. */
export function columnKeysRead(ruleSet: RuleSet): Set<string> {
  const names = [
    ruleSet.unit.column,
    ...(ruleSet.unit.groupColumn === undefined ? [] : [ruleSet.unit.groupColumn]),
    ...ruleSet.indicators.flatMap((ind) => (ind.target === undefined ? [ind.actual] : [ind.target, ind.actual])),
    ...(ruleSet.adjustments ?? []).map((adj) => adj.column),
  ];
  return new Set(names.map(headerKey));
}

/** 0-based indexes of the columns of `header` a run of `ruleSet` reads, ascending. */
export function columnsRead(ruleSet: RuleSet, header: readonly unknown[]): number[] {
  const wanted = columnKeysRead(ruleSet);
  const seen = new Set<string>();
  const columns: number[] = [];
  header.forEach((cell, c) => {
    const key = headerKey(cellText(cell));
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    if (wanted.has(key)) columns.push(c);
  });
  return columns;
}
