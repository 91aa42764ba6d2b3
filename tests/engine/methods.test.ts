// Hand-computed expectations for every scoring method (spec 3.1).
import { describe, expect, it } from 'vitest';
import { excelRound } from '../../src/engine/round';
import { scheduleGap } from '../../src/engine/methods/schedule';
import { errors, oneIndicator, scores } from './helpers';

describe('ratio', () => {
  it('scores weight × min(rate, cap), 0 below the floor or below zero', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'ratio', cap: 1.2, floor: 0.5 } }, [
      ['甲', 100, 80],
      ['乙', 100, 130],
      ['丙', 100, 40],
      ['丁', 100, -10],
    ]);
    expect(scores(r)).toEqual({ 甲: 32, 乙: 48, 丙: 0, 丁: 0 });
  });

  it('caps at 100% by default', () => {
    expect(scores(oneIndicator({ target: '目标', method: { type: 'ratio' } }, [['甲', 100, 130]]))).toEqual({ 甲: 40 });
  });

  it('(12 + 6) / 44 is 40.9%', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'ratio' } }, [['甲', 44, 12 + 6]]);
    expect(excelRound(r.units[0].indicators.k.rate! * 100, 1)).toBe(40.9);
  });
});

describe('schedule, points mode', () => {
  it('35.6% against the time progress of end of May is 6.1 points behind', () => {
    expect(excelRound(scheduleGap(0.356, 5 / 12), 1)).toBe(-6.1);
  });

  it('adds bonusPerPoint up to maxBonus when ahead, takes penaltyPerPoint when behind', () => {
    const r = oneIndicator(
      { target: '目标', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } },
      [
        ['甲', 1000, 356], // gap −6.0667 → 40 − 3.0333
        ['乙', 100, 50], // gap +8.3333 → 40 + 1.6667
        ['丙', 100, 80], // gap +38.33 → bonus capped at 2
        ['丁', 100, 0], // gap −41.667 → 40 − 20.833
      ],
      { period: '2026-05' },
    );
    expect(scores(r)).toEqual({ 丙: 42, 乙: 41.67, 甲: 36.97, 丁: 19.17 });
  });

  it('80% against 75% at Q3 is 5 points ahead: +1.0, 41 of 40', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'schedule', penaltyPerPoint: 1, bonusPerPoint: 0.2, maxBonus: 2 } }, [['甲', 1000, 800]], { period: '2026Q3' });
    expect(scores(r)).toEqual({ 甲: 41 });
  });

  it('never goes below zero, and gives no bonus by default', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'schedule', penaltyPerPoint: 1 } }, [
      ['甲', 100, 0],
      ['乙', 100, 90],
    ], { period: '2026H1' });
    expect(scores(r)).toEqual({ 乙: 40, 甲: 0 });
  });
});

describe('schedule, proportional mode', () => {
  it('scores weight × min(rate / time progress, cap), at least 0', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'schedule', mode: 'proportional' } }, [
      ['甲', 100, 40],
      ['乙', 100, 60],
      ['丙', 100, -10],
    ], { period: '2026H1' });
    expect(scores(r)).toEqual({ 乙: 40, 甲: 32, 丙: 0 });
  });

  it('honours cap', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'schedule', mode: 'proportional', cap: 1.2 } }, [['甲', 100, 70]], { period: '2026H1' });
    expect(scores(r)).toEqual({ 甲: 48 });
  });

  it('refuses points-mode fields in proportional mode', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'schedule', mode: 'proportional', penaltyPerPoint: 1 } }, [['甲', 100, 70]]);
    expect(errors(r)).toEqual(['unknown-field indicators[0].method.penaltyPerPoint']);
  });
});

describe('bands', () => {
  const method = { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.6 }], else: 0.2 };

  it('takes the first band that holds, else `else`', () => {
    const r = oneIndicator({ weight: 30, target: '目标', method }, [
      ['甲', 10, 10],
      ['乙', 10, 9],
      ['丙', 100, 85],
      ['丁', 10, 5],
    ]);
    expect(scores(r)).toEqual({ 甲: 30, 乙: 24, 丙: 18, 丁: 6 });
  });

  it('checks max as well as min, on the value when there is no target', () => {
    const r = oneIndicator({ weight: 10, method: { type: 'bands', bands: [{ max: 0, score: 1 }, { min: 1, max: 2, score: 0.5 }] } }, [
      ['甲', '', 0],
      ['乙', '', 2],
      ['丙', '', 3],
    ]);
    expect(scores(r)).toEqual({ 甲: 10, 乙: 5, 丙: 0 });
  });
});

describe('relative', () => {
  it('higher: x / best', () => {
    const r = oneIndicator({ weight: 30, method: { type: 'relative' } }, [
      ['甲', '', 200],
      ['乙', '', 100],
      ['丙', '', 50],
      ['丁', '', 0],
    ]);
    expect(scores(r)).toEqual({ 甲: 30, 乙: 15, 丙: 7.5, 丁: 0 });
  });

  it('higher: everyone gets 0 when the best is not above 0', () => {
    const r = oneIndicator({ weight: 30, method: { type: 'relative' } }, [
      ['甲', '', 0],
      ['乙', '', -5],
    ]);
    expect(scores(r)).toEqual({ 甲: 0, 乙: 0 });
  });

  it('lower: best / x, and x = best gives full marks even at 0', () => {
    const low = oneIndicator({ weight: 30, direction: 'lower', method: { type: 'relative' } }, [
      ['甲', '', 2],
      ['乙', '', 4],
      ['丙', '', 8],
    ]);
    expect(scores(low)).toEqual({ 甲: 30, 乙: 15, 丙: 7.5 });
    const zeros = oneIndicator({ weight: 30, direction: 'lower', method: { type: 'relative' } }, [
      ['甲', '', 0],
      ['乙', '', 0],
      ['丙', '', 5],
    ]);
    expect(scores(zeros)).toEqual({ 甲: 30, 乙: 30, 丙: 0 });
  });
});

describe('minmax', () => {
  it('places each unit between the worst and the best', () => {
    const rows = [['甲', '', 10], ['乙', '', 20], ['丙', '', 30]];
    expect(scores(oneIndicator({ weight: 30, method: { type: 'minmax' } }, rows))).toEqual({ 丙: 30, 乙: 15, 甲: 0 });
    expect(scores(oneIndicator({ weight: 30, direction: 'lower', method: { type: 'minmax' } }, rows))).toEqual({ 甲: 30, 乙: 15, 丙: 0 });
  });

  it('gives everyone full marks when all are equal', () => {
    expect(scores(oneIndicator({ weight: 30, method: { type: 'minmax' } }, [['甲', '', 5], ['乙', '', 5]]))).toEqual({ 甲: 30, 乙: 30 });
  });
});

describe('rank', () => {
  it('first place full marks, step less per place (competition ranks), never below floor', () => {
    const r = oneIndicator({ weight: 20, method: { type: 'rank', step: 3, floor: 5 } }, [
      ['甲', '', 9],
      ['乙', '', 7],
      ['丙', '', 7],
      ['丁', '', 5],
      ['戊', '', 1],
      ['己', '', 0],
      ['庚', '', -1],
    ]);
    expect(scores(r)).toEqual({ 甲: 20, 乙: 17, 丙: 17, 丁: 11, 戊: 8, 己: 5, 庚: 5 });
  });

  it('ranks the smallest first with direction lower', () => {
    const r = oneIndicator({ weight: 20, direction: 'lower', method: { type: 'rank', step: 3 } }, [
      ['甲', '', 1],
      ['乙', '', 2],
      ['丙', '', 2],
      ['丁', '', 3],
    ]);
    expect(scores(r)).toEqual({ 甲: 20, 乙: 17, 丙: 17, 丁: 11 });
  });
});

describe('perUnit', () => {
  it('negative points deduct from the weight, down to 0', () => {
    const r = oneIndicator({ weight: 30, method: { type: 'perUnit', points: -10 } }, [['甲', '', 0], ['乙', '', 1], ['丙', '', 4]]);
    expect(scores(r)).toEqual({ 甲: 30, 乙: 20, 丙: 0 });
  });

  it('positive points add up to the weight', () => {
    const r = oneIndicator({ weight: 20, method: { type: 'perUnit', points: 5 } }, [['甲', '', 3], ['乙', '', 5]]);
    expect(scores(r)).toEqual({ 乙: 20, 甲: 15 });
  });

  it('refuses 0 points', () => {
    const r = oneIndicator({ weight: 20, method: { type: 'perUnit', points: 0 } }, [['甲', '', 3]]);
    expect(errors(r)).toEqual(['too-small indicators[0].method.points']);
  });
});

describe('direction lower', () => {
  it('is refused for ratio and schedule', () => {
    expect(errors(oneIndicator({ target: '目标', direction: 'lower', method: { type: 'ratio' } }, [['甲', 1, 1]]))).toEqual(['direction-not-allowed indicators[0].direction']);
    expect(errors(oneIndicator({ target: '目标', direction: 'lower', method: { type: 'schedule', penaltyPerPoint: 1 } }, [['甲', 1, 1]]))).toEqual([
      'direction-not-allowed indicators[0].direction',
    ]);
  });
});
