import { describe, expect, it } from 'vitest';
import { coerceNumber } from '../../src/engine/coerce';

const num = (value: number, fromText = true) => ({ kind: 'number', value, fromText });

describe('coerceNumber (spec section 2)', () => {
  it.each([
    ['1,234.5', undefined, 1234.5],
    ['35.6%', undefined, 0.356],
    ['１２３', undefined, 123],
    ['１，２３４．５', undefined, 1234.5],
    ['12％', undefined, 0.12],
    ['￥1,000', undefined, 1000],
    ['¥ 88', undefined, 88],
    ['1000元', undefined, 1000],
    ['1.2亿', '万元', 12000],
    ['1.2亿元', '万元', 12000],
    ['3500元', '万元', 0.35],
    ['25万', '万元', 25],
    ['25万元', '元', 250000],
    ['0.5亿', '亿元', 0.5],
    ['\u3000 12 \u00a0', undefined, 12],
    ['-3.5', undefined, -3.5],
    ['+7', undefined, 7],
    ['.5', undefined, 0.5],
    ['1e3', undefined, 1000],
  ] as const)('%j (scale %s) reads as %d', (text, scale, value) => {
    expect(coerceNumber(text, scale)).toEqual(num(value));
  });

  it.each(['', '  ', '-', '—', '——', '–', '/', 'N/A', 'n/a', '无', '\u3000－\u3000'])('%j is missing', (text) => {
    expect(coerceNumber(text, undefined)).toEqual({ kind: 'missing' });
  });

  it('takes numbers as they are and null as missing', () => {
    expect(coerceNumber(42.5, '万元')).toEqual(num(42.5, false));
    expect(coerceNumber(null, undefined)).toEqual({ kind: 'missing' });
    expect(coerceNumber(undefined, undefined)).toEqual({ kind: 'missing' });
  });

  it.each([
    ['1.2亿', 'mixed-scale'],
    ['5万', 'mixed-scale'],
    ['abc', 'not-a-number'],
    ['1,2', 'not-a-number'],
    ['12,34.5', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['%', 'not-a-number'],
    ['#DIV/0!', 'excel-error'],
    ['#N/A', 'excel-error'],
    [' #VALUE! ', 'excel-error'],
  ] as const)('%j is an error: %s', (text, code) => {
    expect(coerceNumber(text, undefined)).toMatchObject({ kind: 'error', code });
  });

  it('refuses booleans, dates, NaN and Infinity', () => {
    expect(coerceNumber(true, undefined)).toEqual({ kind: 'error', code: 'not-a-number', text: 'TRUE' });
    expect(coerceNumber(new Date(Date.UTC(2026, 4, 31)), undefined)).toEqual({ kind: 'error', code: 'not-a-number', text: '2026-05-31' });
    expect(coerceNumber(NaN, undefined)).toMatchObject({ kind: 'error', code: 'not-a-number' });
    expect(coerceNumber(-Infinity, undefined)).toMatchObject({ kind: 'error', code: 'not-a-number' });
  });
});
