import { describe, expect, it } from 'vitest';
import { padTo, textWidth } from '../../../src/workbook/layout/textWidth';

describe('display width', () => {
  it('counts CJK and full-width characters as two cells', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('城关镇')).toBe(6);
    expect(textWidth('１２％')).toBe(6);
    expect(textWidth('↑2 新')).toBe(5);
    expect(textWidth('')).toBe(0);
  });

  it('pads to a display width, left or right', () => {
    expect(padTo('城关镇', 8)).toBe('城关镇  ');
    expect(padTo('95.5', 6, 'right')).toBe('  95.5');
    expect(padTo('交通运输局', 4)).toBe('交通运输局');
  });
});
