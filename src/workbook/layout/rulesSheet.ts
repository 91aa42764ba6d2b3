// The second sheet: the rule set in words a supervisor can read and check against the results.
import type { RuleSet, When } from '../../engine/ruleset/schema';
import type { Lang, Period } from '../../engine/types';
import { bareSheetPlan, type PlanRange, type PlanValue, type SheetPlan } from '../sheetPlan';
import { columnWidths } from './columnWidths';
import { explainMethod } from './explain';
import { LABELS, type Labels } from './labels';
import { percent, plain } from './numbers';
import { HEADER_FILL } from './resultSheet';

const COLUMNS = 5;

export interface RulesSheetInput {
  ruleSet: RuleSet;
  period: Period;
  sources: readonly string[];
  lang: Lang;
  sheetName: string;
}

function whenText(when: When, words: Labels): string {
  const w = words.when;
  const parts: string[] = [];
  if (when.veto === true) parts.push(w.vetoed);
  if (when.veto === false) parts.push(w.notVetoed);
  if (when.top !== undefined) parts.push(w.top(when.top));
  if (when.bottom !== undefined) parts.push(w.bottom(when.bottom));
  if (when.topPercent !== undefined) parts.push(w.topPercent(`${plain(when.topPercent)}%`));
  if (when.bottomPercent !== undefined) parts.push(w.bottomPercent(`${plain(when.bottomPercent)}%`));
  if (when.minScore !== undefined) parts.push(w.minScore(plain(when.minScore)));
  if (when.maxScore !== undefined) parts.push(w.maxScore(plain(when.maxScore)));
  if (when.quota === true) parts.push(w.quota);
  return parts.length === 0 ? w.always : parts.join(w.and);
}

export function buildRulesSheet(input: RulesSheetInput): SheetPlan {
  const words = LABELS[input.lang];
  const { ruleSet } = input;
  const values: PlanValue[][] = [];
  const bold: PlanRange[] = [];
  const fills: SheetPlan['fills'] = [];
  const line = (...cells: PlanValue[]): number => {
    values.push([...cells, ...new Array<PlanValue>(COLUMNS - cells.length).fill(null)]);
    return values.length - 1;
  };
  const heading = (text: string): void => {
    line();
    const r = line(text);
    bold.push({ top: r, left: 0, bottom: r, right: 0 });
  };
  const tableHeader = (...cells: string[]): number => {
    const r = line(...cells);
    const range = { top: r, left: 0, bottom: r, right: cells.length - 1 };
    bold.push(range);
    fills.push({ range, color: HEADER_FILL });
    return r;
  };

  const title = line(words.rulesTitle(ruleSet.name));
  bold.push({ top: title, left: 0, bottom: title, right: 0 });
  if (ruleSet.description !== undefined && ruleSet.description.trim() !== '') line(ruleSet.description);

  heading(words.sectionIndicators);
  const tableStart = tableHeader(words.colIndicator, words.colWeight, words.colData, words.colMissing, words.colMethod);
  for (const ind of ruleSet.indicators) {
    const data =
      (ind.target !== undefined ? words.dataRate({ actual: ind.actual, target: ind.target }) : words.dataValue({ actual: ind.actual })) +
      (ind.scale !== undefined ? words.scale(ind.scale) : '');
    line(ind.label ?? ind.id, ind.weight, data, words.missing[ind.missing ?? 'error'], explainMethod(ind, words));
  }
  const tableEnd = values.length - 1;
  line(words.weightSum({ sum: plain(ruleSet.indicators.reduce((s, i) => s + i.weight, 0)) }));

  heading(words.sectionAdjustments);
  const adjustments = ruleSet.adjustments ?? [];
  if (adjustments.length === 0) line(words.noAdjustments);
  for (const adj of adjustments) {
    if (adj.type === 'veto') line(words.vetoRule({ column: adj.column }));
    else {
      const p = { column: adj.column, max: adj.max === undefined ? null : plain(adj.max) };
      line(adj.type === 'bonus' ? words.bonusRule(p) : words.deductionRule(p));
    }
  }

  heading(words.sectionTotal);
  const total = ruleSet.total ?? {};
  line(
    words.totalRule({
      precision: total.precision ?? 2,
      min: total.min === undefined ? null : plain(total.min),
      max: total.max === undefined ? null : plain(total.max),
    }),
  );

  heading(words.sectionRanking);
  line(words.rankingOrder);
  line(ruleSet.ranking?.ties === 'dense' ? words.tiesDense : words.tiesCompetition);
  const tieBreak = ruleSet.ranking?.tieBreak ?? [];
  if (tieBreak.length > 0) {
    const labelOf = (id: string): string => ruleSet.indicators.find((i) => i.id === id)?.label ?? id;
    line(words.tieBreak({ indicators: tieBreak.map(labelOf).join(words.listSep) }));
  }
  const group = ruleSet.unit.groupColumn;
  if (group !== undefined && ruleSet.ranking?.byGroup !== false) line(words.byGroup({ column: group }));
  if (adjustments.some((a) => a.type === 'veto')) line(words.vetoLast);

  heading(words.sectionTiers);
  const tiers = ruleSet.tiers ?? [];
  if (tiers.length === 0) line(words.noTiers);
  else {
    tableHeader(words.colTier, words.colKind, words.colCondition);
    for (const tier of tiers) line(tier.label, words.kinds[tier.kind ?? 'neutral'], whenText(tier.when, words));
    line(words.firstTierWins);
  }

  heading(words.sectionPeriod);
  line(words.periodRule({ period: input.period.label, elapsed: percent(input.period.elapsed) }));

  heading(words.sectionSources);
  for (const source of input.sources) line(source);

  // Widths from the indicator table only; the lines of text overflow into the empty cells.
  const widths = columnWidths(values.slice(tableStart, tableEnd + 1), COLUMNS, { fromRow: 0, max: 60 });
  return { ...bareSheetPlan(input.sheetName, values), fills, bold, columnWidths: widths };
}
