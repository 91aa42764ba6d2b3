// Text cells read as numbers (spec 2): a number written in any of the forms offices use reads
// back as exactly that number, with a `text-as-number` warning; `万`/`亿` without a declared
// scale is `mixed-scale`; missing markers in any case and width are missing. Also Excel's ROUND
// (spec 3.3) against the reference's decimal-string rounding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, excelRound } from '../../../src/engine/index';
import { refRound } from '../reference/reference';
import { SEED } from './workbook';

type Scale = '元' | '万元' | '亿元';
const SCALE_EXPONENT: Record<Scale, number> = { 元: 0, 万元: 4, 亿元: 8 };
const SUFFIX_EXPONENT: Record<string, number> = { '': 0, 元: 0, 万: 4, 万元: 4, 亿: 8, 亿元: 8 };

const toFullWidth = (s: string): string => [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch)).join('');
const withCommas = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

interface Written {
  text: string;
  scale: Scale | undefined;
  /** The number the text stands for, or `mixed-scale`. */
  expected: number | 'mixed-scale';
}

const written: fc.Arbitrary<Written> = fc
  .record({
    int: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 2_000_000_000 })),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,4}$/)),
    sign: fc.constantFrom('', '-', '+'),
    commas: fc.boolean(),
    suffix: fc.constantFrom('', '', '%', '元', '万', '万元', '亿', '亿元'),
    yuan: fc.constantFrom('', '', '¥', '￥', 'trailing ¥'),
    fullWidth: fc.boolean(),
    pad: fc.constantFrom('', ' ', '\u3000', '\u00a0', ' \u3000'),
    scale: fc.constantFrom<Scale | undefined>(undefined, '元', '万元', '亿元'),
  })
  .map(({ int, fraction, sign, commas, suffix, yuan, fullWidth, pad, scale }) => {
    const digits = String(int);
    let body = `${sign}${commas ? withCommas(digits) : digits}${fraction === '' ? '' : `.${fraction}`}`;
    if (fullWidth) body = toFullWidth(body);
    let text = `${body}${suffix === '%' && fullWidth ? '％' : suffix}`;
    if (yuan === 'trailing ¥') {
      if (suffix === '' || suffix === '%') text = `${text}¥`;
    } else text = `${yuan}${text}`;
    text = `${pad}${text}${pad}`;
    const decimal = `${sign === '-' ? '-' : ''}${digits}${fraction === '' ? '' : `.${fraction}`}`;
    let expected: number | 'mixed-scale';
    if (suffix === '%') expected = Number(`${decimal}e-2`);
    else if (SUFFIX_EXPONENT[suffix] > 0 && scale === undefined) expected = 'mixed-scale';
    else expected = Number(`${decimal}e${SUFFIX_EXPONENT[suffix] - (suffix === '' || scale === undefined ? 0 : SCALE_EXPONENT[scale])}`);
    return { text, scale, expected };
  });

function readAs(text: unknown, scale: Scale | undefined, missing?: 'zero'): ReturnType<typeof evaluate> {
  const indicator: Record<string, unknown> = { id: 'k', weight: 10, actual: '金额', method: { type: 'perUnit', points: 1 } };
  if (scale !== undefined) indicator.scale = scale;
  if (missing !== undefined) indicator.missing = missing;
  const rules = { format: 'standings/ruleset@1', name: '读数', unit: { column: '单位' }, indicators: [indicator] };
  return evaluate(rules, [{ sheet: '数据', address: 'C3:D4', values: [['单位', '金额'], ['城关镇', text]] }], '2026');
}

describe('numbers written as text', () => {
  it('read back exactly, with a warning at the cell; 万/亿 without a scale is mixed-scale (3000 texts)', () => {
    fc.assert(
      fc.property(written, ({ text, scale, expected }) => {
        const r = readAs(text, scale);
        if (expected === 'mixed-scale') {
          expect(r.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['mixed-scale 数据!D4']);
          return;
        }
        expect(r.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual(['warning text-as-number 数据!D4']);
        expect(r.units[0].indicators.k.actual).toBe(expected);
        expect(r.units[0].indicators.k.actual).toBe(readAs(expected, scale).units[0].indicators.k.actual);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('missing markers in any case, width and padding are missing, without a warning (500 texts)', () => {
    const markers = ['-', '—', '–', '/', 'N/A', '无', ''];
    fc.assert(
      fc.property(
        fc.constantFrom(...markers),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', ' ', '\u3000', '\u00a0'),
        (marker, lower, fullWidth, pad) => {
          let text = lower ? marker.toLowerCase() : marker;
          if (fullWidth) text = toFullWidth(text);
          const r = readAs(`${pad}${text}${pad}`, undefined, 'zero');
          expect(r.issues).toEqual([]);
          expect(r.units[0].indicators.k.actual).toBe(0);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('Excel ROUND', () => {
  it('agrees with the reference’s decimal rounding (5000 values)', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000), // …5 at the third decimal
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, precision) => {
        const got = excelRound(v, precision);
        expect(got).toBe(refRound(v, precision)); // toBe uses Object.is: −0 would fail
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
