import { describe, expect, it } from 'vitest';
import { currentQuarter, parsePeriod } from '../../src/engine/period';

describe('parsePeriod', () => {
  it.each([
    ['2026', 1],
    ['2026H1', 0.5],
    ['2026H2', 1],
    ['2026Q1', 0.25],
    ['2026Q3', 0.75],
    ['2026q4', 1],
    ['2026-05', 5 / 12],
    ['2026-12', 1],
  ])('%s has time progress %d', (label, elapsed) => {
    expect(parsePeriod(label)).toEqual({ period: { label, elapsed }, issues: [] });
  });

  it('end of May is 41.7% of the year', () => {
    expect(Math.round(parsePeriod('2026-05').period!.elapsed * 1000) / 10).toBe(41.7);
  });

  it('an explicit elapsed overrides the value and keeps the label', () => {
    expect(parsePeriod('2026年上半年', 0.5)).toEqual({ period: { label: '2026年上半年', elapsed: 0.5 }, issues: [] });
  });

  it.each(['2026Q5', '2026-13', '2026-00', 'Q3', '', '2026H3'])('%j is a bad period', (label) => {
    expect(parsePeriod(label).issues.map((i) => i.code)).toEqual(['bad-period']);
  });

  it.each([0, -0.1, 1.5, NaN])('elapsed %d is refused', (elapsed) => {
    expect(parsePeriod('2026', elapsed).issues.map((i) => `${i.code} ${i.path}`)).toEqual(['bad-elapsed elapsed']);
  });

  it('the default period is the current quarter', () => {
    expect(currentQuarter(new Date(2026, 10, 23))).toBe('2026Q4');
    expect(currentQuarter(new Date(2026, 0, 1))).toBe('2026Q1');
  });
});
