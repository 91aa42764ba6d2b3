// Text folding shared by header matching, unit matching and number reading.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Full-width ASCII (Ｃ, １, ％, （) to half-width, U+3000 to a space. */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_TO_HALF);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

// JavaScript's trim already covers U+3000, NBSP and the other Unicode spaces; zero-width
// spaces and BOMs pasted from web pages are not spaces to it, so strip those too.
const EDGE_INVISIBLES = /^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$/g;

export function trimAll(text: string): string {
  return text.replace(EDGE_INVISIBLES, '');
}

/** The key two unit names are matched on. */
export function unitKey(name: string): string {
  return trimAll(foldWidth(name));
}

// `年度计划投资（万元）` and `年度计划投资 (万元)` both match `年度计划投资`.
const TRAILING_BRACKETED = /\s*[([][^()[\]]*[)\]]$/;

/** The key a header cell or a rule's column name is matched on. */
export function headerKey(name: string): string {
  const folded = trimAll(foldWidth(name)).replace(/【/g, '[').replace(/】/g, ']');
  const stripped = folded.replace(TRAILING_BRACKETED, '');
  return trimAll(stripped === '' ? folded : stripped);
}

/** A cell's content as display text (for unit names, groups and veto reasons). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return '';
}
