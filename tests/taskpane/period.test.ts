import { describe, expect, it } from 'vitest';
import { choiceOf, customElapsed, defaultChoice, percentText, periodLabel, progressOf, withKind } from '../../src/taskpane/model/period';

describe('period picker', () => {
  it('writes the labels the engine reads, with their time progress', () => {
    expect(periodLabel({ kind: 'year', year: 2026, part: 1 })).toBe('2026');
    expect(periodLabel({ kind: 'half', year: 2026, part: 1 })).toBe('2026H1');
    expect(periodLabel({ kind: 'quarter', year: 2026, part: 3 })).toBe('2026Q3');
    expect(periodLabel({ kind: 'month', year: 2026, part: 5 })).toBe('2026-05');
    expect(progressOf({ kind: 'quarter', year: 2026, part: 3 })).toBe(0.75);
    expect(progressOf({ kind: 'half', year: 2026, part: 1 })).toBe(0.5);
    expect(percentText(progressOf({ kind: 'month', year: 2026, part: 5 }))).toBe('41.7%');
  });

  it('reads a stored label back into a choice', () => {
    expect(choiceOf('2026Q3')).toEqual({ kind: 'quarter', year: 2026, part: 3 });
    expect(choiceOf('2025h2')).toEqual({ kind: 'half', year: 2025, part: 2 });
    expect(choiceOf('2026-11')).toEqual({ kind: 'month', year: 2026, part: 11 });
    expect(choiceOf('2026')).toEqual({ kind: 'year', year: 2026, part: 1 });
    expect(choiceOf('Q3')).toBeNull();
  });

  it('keeps the part in range when the kind changes', () => {
    expect(withKind({ kind: 'month', year: 2026, part: 11 }, 'quarter')).toEqual({ kind: 'quarter', year: 2026, part: 4 });
    expect(withKind({ kind: 'quarter', year: 2026, part: 3 }, 'half')).toEqual({ kind: 'half', year: 2026, part: 2 });
    expect(withKind({ kind: 'half', year: 2026, part: 2 }, 'month')).toEqual({ kind: 'month', year: 2026, part: 2 });
  });

  it('defaults to the current quarter', () => {
    expect(defaultChoice(new Date(2026, 7, 15))).toEqual({ kind: 'quarter', year: 2026, part: 3 });
  });

  it('reads a custom time progress typed in percent', () => {
    expect(customElapsed('')).toBeNull();
    expect(customElapsed(' 62.5 ')).toBe(0.625);
    expect(customElapsed('80%')).toBe(0.8);
    expect(customElapsed('abc')).toBeNull();
  });
});
