// Text folding shared by header matching, unit matching and number reading. Every unit name and
// many cells pass through here, so the common case (nothing to fold or trim) returns the text as is.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

const needsFolding = (code: number): boolean => (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) || code === IDEOGRAPHIC_SPACE;

/** Full-width ASCII (Ｃ, １, ％, （) to half-width, U+3000 to a space. */
export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && !needsFolding(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  // Both ranges are single UTF-16 units, so the part before `first` is copied unchanged.
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - FULL_TO_HALF);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}

// JavaScript's trim already covers U+3000, NBSP and the other Unicode spaces; zero-width
// spaces and BOMs pasted from web pages are not spaces to it, so strip those too.
const EDGE_INVISIBLES = /^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$/g;

/**
 * True for every UTF-16 unit EDGE_INVISIBLES strips (tests check all 65,536), and for a few it
 * keeps: a true answer only sends the text through the regular expression.
 */
export function maybeEdgeInvisible(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x206f) || code === IDEOGRAPHIC_SPACE || code === 0xfeff;
}

export function trimAll(text: string): string {
  if (text === '' || (!maybeEdgeInvisible(text.charCodeAt(0)) && !maybeEdgeInvisible(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(EDGE_INVISIBLES, '');
}

const HASH = 0x23;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over UTF-16 units, kept to 31 bits (never negative): cheap for short names, and spreads
 * `单位000001`…`单位100000` well. The join's key table uses it.
 */
export function nameHash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & 0x7fffffff;
}

/**
 * nameHash of a name the join can take as it is, or −1: unitKey and trimAll leave it unchanged
 * (nothing to fold or trim) and it holds no `#`, so it is no Excel error. The check and the hash
 * in one scan, for 100,000-row ranges.
 */
export function plainNameHash(text: string): number {
  if (text === '' || maybeEdgeInvisible(text.charCodeAt(0)) || maybeEdgeInvisible(text.charCodeAt(text.length - 1))) return -1;
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === HASH || needsFolding(code)) return -1;
    h = Math.imul(h ^ code, FNV_PRIME);
  }
  return h & 0x7fffffff;
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
