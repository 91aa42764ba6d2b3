// The unit explanation sheet (issue 7) as a host-independent plan: title lines, then one block per
// unit in result-row order with the engine's own words (explanationText), so a reader without the
// add-in sees what the task pane and `standings explain` show. One line a row, all in column A:
// the lines are long sentences, left unwrapped to overflow into the empty cells beside them.
import { explanationText } from '../../engine/explain/render';
import type { UnitExplanation } from '../../engine/explain/types';
import type { Lang, Period } from '../../engine/types';
import { bareSheetPlan, type PlanRange, type PlanValue, type SheetPlan } from '../sheetPlan';
import { columnWidths } from './columnWidths';
import { LABELS } from './labels';
import { percent } from './numbers';
import { TIER_FILLS } from './resultSheet';
import { rulesSheetName } from './sheetName';

/** 0-based: title, period line, note, a blank line, then the first unit's block. */
export const EXPLANATION_FIRST_BLOCK_ROW = 4;
/** Column A is as wide as most lines, up to this; longer lines overflow into the empty cells. */
const MAX_WIDTH = 120;
const MIN_WIDTH = 40;

/** `{rule set} {period} 解释`: sanitised and cut to 31 characters as the other sheet names are. */
export function explanationSheetName(ruleSetName: string, period: string, lang: Lang): string {
  return rulesSheetName(ruleSetName, period, LABELS[lang].explanation.sheetSuffix);
}

export interface ExplanationSheetInput {
  ruleSet: string;
  period: Period;
  /** In result-row order, as `evaluate(..., { explain: true })` gives them. */
  explanations: readonly UnitExplanation[];
  lang: Lang;
  sheetName: string;
}

export function buildExplanationSheet(input: ExplanationSheetInput): SheetPlan {
  const words = LABELS[input.lang];
  const values: PlanValue[][] = [];
  const bold: PlanRange[] = [];
  const fills: SheetPlan['fills'] = [];
  const cellA = (r: number): PlanRange => ({ top: r, left: 0, bottom: r, right: 0 });
  const line = (text: string | null): number => {
    values.push([text]);
    return values.length - 1;
  };

  bold.push(cellA(line(words.explanation.title({ name: input.ruleSet, period: input.period.label }))));
  line(words.periodLine({ period: input.period.label, elapsed: percent(input.period.elapsed) }));
  line(words.explanation.note);
  line(null);

  if (input.explanations.length === 0) line(words.explanation.noUnits);
  input.explanations.forEach((e, i) => {
    if (i > 0) line(null);
    const text = explanationText(e, input.lang);
    const title = line(text.title);
    bold.push(cellA(title));
    const color = e.tierKind === null ? null : TIER_FILLS[e.tierKind];
    if (color !== null) fills.push({ range: cellA(title), color });
    for (const section of text.sections) {
      bold.push(cellA(line(section.heading)));
      for (const l of section.lines) line(l);
    }
  });

  const [width = MIN_WIDTH] = columnWidths(values, 1, { fromRow: EXPLANATION_FIRST_BLOCK_ROW, max: MAX_WIDTH });
  return { ...bareSheetPlan(input.sheetName, values), fills, bold, columnWidths: [Math.max(MIN_WIDTH, width)] };
}
