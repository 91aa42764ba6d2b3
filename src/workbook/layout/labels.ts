// The words on the sheets Standings writes. One table per language (labels.zh-CN.ts,
// labels.en.ts), both of this type, so the compiler and a parity test keep them complete.
import type { RuleCode } from '../../engine/methods/ruleCodes';
import type { Lang } from '../../engine/types';
import { en } from './labels.en';
import { zhCN } from './labels.zh-CN';

/** Numbers already formatted for display. */
export type Num = string;

/** A rule's settings already formatted, plus the word for the figure (`完成率` or `数值`); `parts`: the bands, joined. */
export type RuleText = Readonly<Record<string, string>> & { measure: string };

/** Words for each rule code a method describes itself by (engine/methods/ruleCodes.ts), and for a method no one knows. */
export type MethodWords = Readonly<Record<RuleCode, (p: RuleText) => string>> & {
  unknown: (p: { type: string; json: string }) => string;
};

export interface Labels {
  // result sheet
  periodLine: (p: { period: string; elapsed: Num }) => string;
  runLine: (p: { time: string }) => string;
  rank: string;
  unit: string;
  group: string;
  target: (indicator: string) => string;
  actual: (indicator: string) => string;
  rate: (indicator: string) => string;
  score: (indicator: string) => string;
  bonus: string;
  deduction: string;
  total: string;
  tier: string;
  change: string;
  notes: string;
  changeUp: (n: number) => string;
  changeDown: (n: number) => string;
  changeSame: string;
  changeNew: string;
  vetoNote: (reason: string) => string;
  chartTitle: (p: { name: string; period: string }) => string;
  // explanation sheet
  rulesSheetSuffix: string;
  rulesTitle: (name: string) => string;
  sectionIndicators: string;
  colIndicator: string;
  colWeight: string;
  colData: string;
  colMethod: string;
  colMissing: string;
  dataRate: (p: { actual: string; target: string }) => string;
  dataValue: (p: { actual: string }) => string;
  scale: (scale: string) => string;
  measureRate: string;
  measureValue: string;
  methods: MethodWords;
  listSep: string;
  missing: { error: string; zero: string; full: string; exclude: string };
  sectionAdjustments: string;
  bonusRule: (p: { column: string; max: Num | null }) => string;
  deductionRule: (p: { column: string; max: Num | null }) => string;
  vetoRule: (p: { column: string }) => string;
  noAdjustments: string;
  sectionTotal: string;
  totalRule: (p: { precision: number; min: Num | null; max: Num | null }) => string;
  sectionRanking: string;
  rankingOrder: string;
  tiesCompetition: string;
  tiesDense: string;
  tieBreak: (p: { indicators: string }) => string;
  byGroup: (p: { column: string }) => string;
  vetoLast: string;
  sectionTiers: string;
  colTier: string;
  colKind: string;
  colCondition: string;
  kinds: { reward: string; penalty: string; neutral: string };
  when: {
    top: (n: number) => string;
    bottom: (n: number) => string;
    topPercent: (p: Num) => string;
    bottomPercent: (p: Num) => string;
    minScore: (s: Num) => string;
    maxScore: (s: Num) => string;
    vetoed: string;
    notVetoed: string;
    quota: string;
    always: string;
    and: string;
  };
  firstTierWins: string;
  noTiers: string;
  sectionPeriod: string;
  periodRule: (p: { period: string; elapsed: Num }) => string;
  sectionSources: string;
  weightSum: (p: { sum: Num }) => string;
  // rank history sheet (issue 7)
  history: {
    /** After the rule set's name in the sheet name. */
    sheetSuffix: string;
    title: (name: string) => string;
    periodsLine: (p: { count: number; first: string; last: string }) => string;
    note: string;
    /** The axis of the chart's ranks. */
    axisTitle: string;
    chartTitle: (name: string) => string;
  };
  // unit explanation sheet (issue 7): the engine's explanation of every unit, one block each
  explanation: {
    /** After `{rule set} {period}` in the sheet name. */
    sheetSuffix: string;
    title: (p: { name: string; period: string }) => string;
    note: string;
    /** When the run has no units. */
    noUnits: string;
  };
}

export const LABELS: Readonly<Record<Lang, Labels>> = { 'zh-CN': zhCN, en };
