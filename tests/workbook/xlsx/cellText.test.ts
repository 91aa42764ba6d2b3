// Cell text written into sheet XML (`_xHHHH_` escapes) reads back as itself, whatever mix of
// underscores, escape-like text and control characters it holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCellText, escapeCellText } from '../../../src/workbook/xlsx/xml';
import { SEED } from '../../engine/properties/workbook';

// Characters XML escaping leaves alone, so the XML layer needs no parser here.
const PIECES = ['_', 'x', 'X', '0', '4', '1', '5', 'F', 'f', 'A', 'a', '中', '\u0001', '\u000B', '\u001F', '\u007F', '_x0041_', '_x005F_', '_x0041', '_x004a_'];

describe('cell text escapes', () => {
  it('read back as the text written (3000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(decodeCellText(escapeCellText(text))).toBe(text);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('writes control characters as escapes and escape-like text with a guarded underscore', () => {
    expect(escapeCellText('河\u0001西')).toBe('河_x0001_西');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeCellText('_x0041\u0001')).toBe('_x005F_x0041_x0001_');
  });
});
