// The text folding's quick paths give what the plain definitions give: full-width folding,
// trimming of spaces and invisibles, and missing markers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissing } from '../../src/engine/coerce';
import { isExcelError } from '../../src/engine/coerce';
import { foldWidth, maybeEdgeInvisible, nameHash, plainNameHash, trimAll, unitKey } from '../../src/engine/text';
import { SEED } from './properties/workbook';

const EDGE = /^[\s\u200b\u200c\u200d\ufeff]$/;
const plainFold = (text: string): string =>
  [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
    return code === 0x3000 ? ' ' : ch;
  }).join('');
const plainTrim = (text: string): string => text.replace(/^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$/g, '');
const MARKERS = new Set(['', '-', '—', '——', '–', '/', 'n/a', '无']);

// Strings mixing plain, full-width, space-like and astral characters.
const messy = fc.array(
  fc.oneof(
    fc.string({ maxLength: 3 }),
    fc.constantFrom('Ａ', 'ｚ', '１', '（', '％', '\u3000', ' ', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u1680', '\u180e', '\u0085', '单位', '无', 'N/A', 'ｎ／ａ', '—', '😀', '\ud800'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
  { maxLength: 6 },
).map((parts) => parts.join(''));

describe('text folding', () => {
  it('flags every UTF-16 unit the trim strips', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (EDGE.test(String.fromCharCode(code))) expect(maybeEdgeInvisible(code), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('calls a name plain only when folding, trimming and the Excel-error test leave it as it is, and hashes it as nameHash does', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.constantFrom('城关镇', '#N/A', ' 甲', '#REF!', 'Ａ组', '单位000001', '')), (text) => {
        const hash = plainNameHash(text);
        if (hash >= 0) {
          expect(hash).toBe(nameHash(text));
          expect(text).not.toBe('');
          expect(unitKey(text)).toBe(text);
          expect(trimAll(text)).toBe(text);
          expect(isExcelError(text)).toBe(false);
        } else {
          expect(hash).toBe(-1);
          // Every text it refuses has something to fold, trim, a `#` or nothing at all.
          expect(text === '' || unitKey(text) !== text || text.includes('#') || maybeEdgeInvisible(text.charCodeAt(0)) || maybeEdgeInvisible(text.charCodeAt(text.length - 1))).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('folds, trims and spots missing markers as the plain definitions do', () => {
    fc.assert(
      fc.property(messy, (text) => {
        expect(foldWidth(text)).toBe(plainFold(text));
        expect(trimAll(text)).toBe(plainTrim(text));
        expect(unitKey(text)).toBe(plainTrim(plainFold(text)));
        expect(isMissing(text)).toBe(MARKERS.has(plainTrim(plainFold(text)).toLowerCase()));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
