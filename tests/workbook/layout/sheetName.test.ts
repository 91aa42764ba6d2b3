import { describe, expect, it } from 'vitest';
import { distinctSheetNames, resultSheetName, rulesSheetName } from '../../../src/workbook/layout/sheetName';

describe('sheet names (spec 4.1)', () => {
  it('is `{name} {period}`', () => {
    expect(resultSheetName('重点项目推进考核', '2026Q3')).toBe('重点项目推进考核 2026Q3');
  });

  it('replaces []:*?/\\ with _', () => {
    expect(resultSheetName('a[b]c:d*e?f/g\\h', '2026')).toBe('a_b_c_d_e_f_g_h 2026');
  });

  it('cuts to 31 characters, counting CJK characters as one', () => {
    const name = '县'.repeat(40);
    expect(resultSheetName(name, '2026Q3')).toBe('县'.repeat(31));
    expect(resultSheetName('县'.repeat(20), '2026-05')).toBe(`${'县'.repeat(20)} 2026-05`);
  });

  it('never starts or ends with an apostrophe', () => {
    expect(resultSheetName("'quoted'", '2026')).toBe("_quoted' 2026");
    expect(resultSheetName(`${'a'.repeat(30)}'`, '2026')).toBe(`${'a'.repeat(30)}_`);
  });

  it('counts 31 as Excel does, an emoji as two, and never splits one', () => {
    const name = resultSheetName('🏆' + '县'.repeat(23), '2026Q2');
    expect(name).toBe('🏆' + '县'.repeat(23) + ' 2026Q');
    expect(name.length).toBe(31);
    const emojis = resultSheetName('📊'.repeat(24), '2026Q2');
    expect(emojis).toBe('📊'.repeat(15));
    expect(rulesSheetName('📊'.repeat(24), '2026Q2', '说明')).toBe('📊'.repeat(14) + ' 说明');
  });

  it('replaces control characters and lone surrogates, which a file cannot hold', () => {
    expect(resultSheetName('考核\u0001\t办\ud800', 'Q3')).toBe('考核__办_ Q3');
  });

  it('the explanation sheet keeps its suffix, cutting the name instead', () => {
    expect(rulesSheetName('重点项目推进考核', '2026Q3', '说明')).toBe('重点项目推进考核 2026Q3 说明');
    const long = rulesSheetName('县'.repeat(40), '2026Q3', 'rules');
    expect(long).toBe(`${'县'.repeat(25)} rules`);
    expect(Array.from(long)).toHaveLength(31);
  });
});

describe('distinctSheetNames', () => {
  it('keeps distinct names and numbers a repeat, ignoring case, within 31 characters', () => {
    const long = 'ABCDEFGHIJKLMNOPQRSTU explained';
    expect(distinctSheetNames(['考核 2026Q3', '考核 2026Q3 规则'])).toEqual(['考核 2026Q3', '考核 2026Q3 规则']);
    const names = distinctSheetNames([long, 'x', long.toLowerCase(), long]);
    expect(names).toEqual([long, 'x', 'abcdefghijklmnopqrstu expla (2)', 'ABCDEFGHIJKLMNOPQRSTU expla (3)']);
    for (const n of names) expect(Array.from(n).length).toBeLessThanOrEqual(31);
  });
});
