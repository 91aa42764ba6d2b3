// The engine's one front door.
export { evaluate } from './evaluate';
export { validateRuleSet, parseRuleSetJson } from './ruleset/api';
export { parsePeriod, elapsedOf, currentQuarter } from './period';
export { TEMPLATES, templateById } from './templates';
export { excelRound } from './round';
export { cellAddress, columnLetters, formatRange, parseRange, quoteSheet } from './address';
export { describeIssue } from './i18n/describe';
export { headerKey, unitKey } from './text';
export { columnKeysRead, columnsRead } from './columnsRead';
export type { RuleSet, IndicatorRule, AdjustmentRule, TierRule, When } from './ruleset/schema';
export type { Issue, IssueCode, Severity } from './issues';
export type * from './types';
export { explanationText, explanationPlain, type ExplanationText, type ExplanationSection } from './explain/render';
export type * from './explain/types';
