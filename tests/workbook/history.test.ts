// The rank-over-time table from hand-made run logs: period order, re-runs, missing units,
// groups, several rule sets.
import { describe, expect, it } from 'vitest';
import { rankHistory, ruleSetNames } from '../../src/workbook/history';
import type { StoredRun } from '../../src/workbook/store';

type Unit = StoredRun['units'][number];

/** A run; units as `[unit, rank, total]` or `[unit, rank, total, group]`. */
function run(ruleSet: string, label: string, time: string, units: readonly (readonly [string, number, number, string?])[]): StoredRun {
  return {
    time,
    period: { label, elapsed: 0.5 },
    ruleSet,
    sources: ['目标!A1:C9'],
    units: units.map(([unit, rank, total, group]): Unit => ({ unit, group: group ?? null, rank, total })),
  };
}

const labels = (runs: StoredRun[], name = '考核') => rankHistory(runs, name).periods.map((p) => p.label);

describe('rankHistory', () => {
  it('is empty for an empty log or a rule set without runs', () => {
    expect(rankHistory([], '考核')).toEqual({ ruleSet: '考核', periods: [], rows: [], grouped: false });
    expect(rankHistory([run('别的', '2026Q1', '2026-04-02T08:00:00Z', [['甲', 1, 90]])], '考核').rows).toEqual([]);
  });

  it('gives one column for one run, rows by rank', () => {
    const history = rankHistory([run('考核', '2026Q1', '2026-04-02T08:00:00Z', [['乙', 2, 80.5], ['甲', 1, 90]])], '考核');
    expect(history).toEqual({
      ruleSet: '考核',
      periods: [{ label: '2026Q1', elapsed: 0.5, time: '2026-04-02T08:00:00Z' }],
      rows: [
        { unit: '甲', group: null, cells: [{ rank: 1, total: 90 }] },
        { unit: '乙', group: null, cells: [{ rank: 2, total: 80.5 }] },
      ],
      grouped: false,
    });
  });

  it('orders periods by their end, not by when they were run', () => {
    const runs = [
      run('考核', '2026Q3', '2026-10-01T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2025', '2026-10-02T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2026-05', '2026-10-03T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2026H1', '2026-10-04T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2026Q1', '2026-10-05T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2026', '2026-10-06T00:00:00Z', [['甲', 1, 90]]),
    ];
    // 2025 ends on 1 January 2026, 2026Q1 on 1 April, 2026-05 on 1 June, 2026H1 on 1 July, 2026 on 1 January 2027.
    expect(labels(runs)).toEqual(['2025', '2026Q1', '2026-05', '2026H1', '2026Q3', '2026']);
  });

  it('orders two periods ending together (2026Q2, 2026H1) by run time', () => {
    const runs = [run('考核', '2026H1', '2026-07-02T00:00:00Z', [['甲', 1, 90]]), run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['甲', 2, 80]])];
    expect(labels(runs)).toEqual(['2026Q2', '2026H1']);
  });

  it('places a period the engine cannot read (a custom label) by its run time', () => {
    const runs = [
      run('考核', '2026Q2', '2026-07-03T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '专项督查', '2026-05-20T00:00:00Z', [['甲', 2, 80]]),
      run('考核', '2026Q1', '2026-07-02T00:00:00Z', [['甲', 3, 70]]),
    ];
    // 2026Q1 ends 1 April, the custom run was on 20 May, 2026Q2 ends 1 July.
    expect(labels(runs)).toEqual(['2026Q1', '专项督查', '2026Q2']);
  });

  it('keeps the latest run of a period run several times, wherever it is in the log', () => {
    const runs = [
      run('考核', '2026Q2', '2026-07-05T00:00:00Z', [['甲', 2, 80], ['乙', 1, 85]]),
      run('考核', '2026Q1', '2026-04-01T00:00:00Z', [['甲', 1, 90], ['乙', 2, 70]]),
      run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['甲', 1, 99], ['乙', 2, 10]]),
      run('考核', '2026q1', '2026-04-03T00:00:00Z', [['甲', 2, 60], ['乙', 1, 75]]),
    ];
    const history = rankHistory(runs, '考核');
    expect(history.periods.map((p) => [p.label, p.time])).toEqual([
      ['2026q1', '2026-04-03T00:00:00Z'],
      ['2026Q2', '2026-07-05T00:00:00Z'],
    ]);
    expect(history.rows).toEqual([
      { unit: '乙', group: null, cells: [{ rank: 1, total: 75 }, { rank: 1, total: 85 }] },
      { unit: '甲', group: null, cells: [{ rank: 2, total: 60 }, { rank: 2, total: 80 }] },
    ]);
  });

  it('shows blanks for units missing from a period; units gone from the latest come last, latest seen first', () => {
    const runs = [
      run('考核', '2026Q1', '2026-04-01T00:00:00Z', [['甲', 1, 90], ['乙', 2, 80], ['丙', 3, 70], ['丁', 4, 60]]),
      run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['乙', 1, 88], ['丙', 2, 77], ['甲', 3, 66]]),
      run('考核', '2026Q3', '2026-10-01T00:00:00Z', [['戊', 1, 95], ['乙', 2, 85]]),
    ];
    const rows = rankHistory(runs, '考核').rows;
    expect(rows.map((r) => [r.unit, r.cells.map((c) => c?.rank ?? null)])).toEqual([
      ['戊', [null, null, 1]],
      ['乙', [2, 1, 2]],
      ['丙', [3, 2, null]],
      ['甲', [1, 3, null]],
      ['丁', [4, null, null]],
    ]);
  });

  it('matches units by their exact stored names', () => {
    const runs = [run('考核', '2026Q1', '2026-04-01T00:00:00Z', [['城关镇', 1, 90]]), run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['城关镇 ', 1, 91]])];
    expect(rankHistory(runs, '考核').rows.map((r) => r.unit)).toEqual(['城关镇 ', '城关镇']);
  });

  it('keeps groups: rows group by group in the latest run order, by rank inside; the group is the latest', () => {
    const runs = [
      run('考核', '2026Q1', '2026-04-01T00:00:00Z', [['东镇', 1, 90, '乡镇'], ['西镇', 2, 80, '乡镇'], ['财政局', 1, 88, '部门'], ['水利局', 2, 70, '乡镇']]),
      run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['财政局', 2, 80, '部门'], ['西镇', 1, 95, '乡镇'], ['水利局', 1, 85, '部门'], ['东镇', 2, 70, '乡镇']]),
    ];
    const history = rankHistory(runs, '考核');
    expect(history.grouped).toBe(true);
    expect(history.rows.map((r) => [r.group, r.unit, r.cells.map((c) => c?.rank ?? null)])).toEqual([
      ['部门', '水利局', [2, 1]],
      ['部门', '财政局', [1, 2]],
      ['乡镇', '西镇', [2, 1]],
      ['乡镇', '东镇', [1, 2]],
    ]);
  });

  it('keeps the two rule sets apart and lists their names, the most recently run first', () => {
    const runs = [
      run('招商', '2026Q1', '2026-04-01T00:00:00Z', [['甲', 1, 90]]),
      run('考核', '2026Q1', '2026-04-02T00:00:00Z', [['乙', 1, 70]]),
      run('招商', '2026Q2', '2026-07-01T00:00:00Z', [['甲', 2, 80], ['丙', 1, 85]]),
      run('考核', '2026Q2', '2026-07-01T00:00:00Z', [['乙', 1, 75]]),
    ];
    expect(ruleSetNames(runs)).toEqual(['考核', '招商']);
    expect(ruleSetNames([])).toEqual([]);
    expect(rankHistory(runs, '招商').rows.map((r) => r.unit)).toEqual(['丙', '甲']);
    expect(rankHistory(runs, '考核')).toMatchObject({ periods: [{ label: '2026Q1' }, { label: '2026Q2' }], rows: [{ unit: '乙' }] });
  });

  it('counts a unit listed twice in one run (a hand-edited store) once', () => {
    const history = rankHistory([run('考核', '2026Q1', '2026-04-01T00:00:00Z', [['甲', 1, 90], ['甲', 5, 10]])], '考核');
    expect(history.rows).toEqual([{ unit: '甲', group: null, cells: [{ rank: 1, total: 90 }] }]);
  });
});
