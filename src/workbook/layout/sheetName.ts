// Sheet names (spec 4.1): `{name} {period}`, with `[]:*?/\` replaced by `_`, cut to 31 characters
// as Excel counts them (UTF-16 units: an emoji is two). Control characters become `_` too: XML
// cannot carry most of them (nor a lone surrogate), so a file could not hold the name.

export const MAX_SHEET_NAME = 31;

function sanitise(text: string): string {
  return text.replace(/[[\]:*?/\\\u0000-\u001f\u007f\ufffe\uffff]|\p{Cs}/gu, '_');
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair, and without a leading or trailing `'`. */
function cut(text: string, max: number): string {
  let kept = '';
  for (const ch of text) {
    if (kept.length + ch.length > max) break;
    kept += ch;
  }
  return kept.replace(/^'+|'+$/g, (m) => '_'.repeat(m.length)).trimEnd();
}

export function resultSheetName(ruleSetName: string, period: string): string {
  return cut(sanitise(`${ruleSetName} ${period}`), MAX_SHEET_NAME);
}

/**
 * The names as given, except that a name equal (ignoring case, as Excel does) to an earlier one
 * gets ` (2)`, ` (3)`, …, cut to fit: a long rule-set name ending in a sheet suffix must not make
 * two of a run's sheets one.
 */
export function distinctSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const tail = ` (${k})`;
      candidate = cut(name, MAX_SHEET_NAME - tail.length) + tail;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The explanation sheet: the result sheet's name (cut shorter if needed) and a suffix. */
export function rulesSheetName(ruleSetName: string, period: string, suffix: string): string {
  const tail = ` ${sanitise(suffix)}`;
  return cut(sanitise(`${ruleSetName} ${period}`), MAX_SHEET_NAME - tail.length) + tail;
}
