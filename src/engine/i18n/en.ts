// Issue messages in English.
import type { MessageTable } from './messages';

const fmt = (v: string | number | undefined): string => String(v ?? '');
const bound = (p: Readonly<Record<string, string | number>>, key: 'minimum' | 'maximum'): string => {
  if (p.origin === 'array') return `${fmt(p[key])} item(s)`;
  if (p.origin === 'string') return `${fmt(p[key])} character(s)`;
  if (p.origin === 'depth') return `${fmt(p[key])} levels of nesting`;
  if (p.origin === 'nodes') return `${fmt(p[key])} values`;
  if (p.origin === 'bytes') return `${fmt(p[key])} characters`;
  return fmt(p[key]);
};

export const en: MessageTable = {
  required: (p) => `required (expected ${fmt(p.expected)})`,
  'unknown-field': (p) => `unknown field "${fmt(p.field)}": check the spelling`,
  'wrong-type': (p) => `expected ${fmt(p.expected)}, got ${fmt(p.received)}`,
  'too-small': (p) => (p.inclusive === 0 ? `must be more than ${bound(p, 'minimum')}` : `must be at least ${bound(p, 'minimum')}`),
  'too-large': (p) => (p.inclusive === 0 ? `must be less than ${bound(p, 'maximum')}` : `must be at most ${bound(p, 'maximum')}`),
  'not-allowed': (p) => `value not allowed; expected one of ${fmt(p.allowed)}`,
  'bad-format': () => `bad format: an indicator id starts with a lowercase letter and holds only a-z, 0-9, - and _`,
  'unknown-method': (p) => `unknown scoring method "${fmt(p.value)}"; expected one of ${fmt(p.allowed)}`,
  'bad-json': (p) => `the rule set is not valid JSON: ${fmt(p.detail)}`,
  'unsafe-key': (p) => `the rule set holds an unsafe field name "${fmt(p.field)}" and was refused`,
  'wrong-format': (p) => `format must be "${fmt(p.expected)}", got "${fmt(p.received)}"`,
  'duplicate-id': (p) => `indicator id "${fmt(p.id)}" is used twice (first at ${fmt(p.first)})`,
  'unknown-tiebreak': (p) => `tie-break indicator "${fmt(p.id)}" does not exist; expected one of ${fmt(p.allowed)}`,
  'needs-target': (p) => `method ${fmt(p.method)} needs a target column`,
  'direction-not-allowed': (p) => `method ${fmt(p.method)} cannot use direction "lower"`,
  'quota-without-count': () => `quota needs one of top, bottom, topPercent or bottomPercent`,
  'band-min-max': (p) => `band minimum ${fmt(p.min)} is above its maximum ${fmt(p.max)}`,
  'bad-period': (p) => `period "${fmt(p.value)}" is not understood; write 2026, 2026H1, 2026Q3 or 2026-05`,
  'bad-elapsed': (p) => `time progress ${fmt(p.value)} must be more than 0 and at most 1`,
  'bad-range': (p) => `range "${fmt(p.value)}" is not an address like Sheet!A1:F30`,
  'no-sources': () => `no data ranges were given`,
  'empty-range': (p) => `range ${fmt(p.range)} is empty or its first row has no headers`,
  'missing-unit-column': (p) => `range ${fmt(p.range)} has no unit column "${fmt(p.column)}" (its headers: ${fmt(p.headers)})`,
  'missing-column': (p) => `no data range has a column "${fmt(p.column)}" (headers found: ${fmt(p.headers)})`,
  'missing-unit-name': () => `this row has data but no unit name`,
  'duplicate-unit': (p) => `unit "${fmt(p.unit)}" appears twice in one range (first at ${fmt(p.first)})`,
  'missing-unit': (p) => `unit "${fmt(p.unit)}" is in ${fmt(p.range)} but not in ${fmt(p.missingRange)}`,
  conflict: (p) => `disagrees with ${fmt(p.other)} (${fmt(p.value)} against ${fmt(p.otherValue)})`,
  'not-a-number': (p) => `"${fmt(p.text)}" is not a number`,
  'excel-error': (p) => `the cell holds the Excel error ${fmt(p.text)}`,
  'mixed-scale': (p) => `"${fmt(p.text)}" carries 万/亿 but the indicator declares no scale to convert it into`,
  'missing-value': (p) => `indicator ${fmt(p.indicator)} has no figure here (the rule's "missing" says how to treat blanks)`,
  'bad-target': (p) => `indicator ${fmt(p.indicator)} has target ${fmt(p.value)}; a target must be above 0 to compute a rate`,
  'negative-adjustment': (p) => `"${fmt(p.column)}" value ${fmt(p.value)} must not be negative`,
  'text-as-number': (p) => `text "${fmt(p.text)}" read as the number ${fmt(p.value)}`,
  'number-too-large': (p) => `indicator ${fmt(p.indicator)}: the figures are so large or small that the ${p.what === 'score' ? 'score' : 'rate'} cannot be computed`,
  'no-units': () => `the data ranges hold no units`,
  'quota-tie': (p) => `${p.scope ? `${fmt(p.scope)}: ` : ''}"${fmt(p.tier)}" is limited to ${fmt(p.limit)}; units tied across the limit were all left out: ${fmt(p.units)}`,
};
