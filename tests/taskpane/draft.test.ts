import { describe, expect, it } from 'vitest';
import { templateById, validateRuleSet } from '../../src/engine/index';
import {
  addItem, cloneJson, getAt, moveItem, newIndicator, numberInput, pathText, removeItem, setAt, setMethodChoice, setMethodType, weightSum, type Draft,
} from '../../src/taskpane/model/draft';

const keyProjects = (): Draft => cloneJson(templateById('key-projects')) as unknown as Draft;

describe('editing a draft rule set', () => {
  it('names paths as the engine does', () => {
    expect(pathText(['indicators', 1, 'method', 'bands', 0, 'min'])).toBe('indicators[1].method.bands[0].min');
    expect(pathText([])).toBe('$');
  });

  it('sets, creates and deletes by path', () => {
    const d: Draft = { name: 'x' };
    setAt(d, ['total', 'precision'], 1);
    expect(d.total).toEqual({ precision: 1 });
    setAt(d, ['total', 'precision'], undefined);
    expect(d.total).toEqual({});
    setAt(d, ['tiers', 0, 'label'], '表彰');
    expect(getAt(d, ['tiers', 0, 'label'])).toBe('表彰');
  });

  it('adds, moves and removes indicators, and sums the weights', () => {
    const d = keyProjects();
    expect(weightSum(d)).toBe(100);
    addItem(d, ['indicators'], newIndicator(d));
    expect(getAt(d, ['indicators', 2, 'id'])).toBe('indicator3');
    expect(weightSum(d)).toBe(110);
    moveItem(d, ['indicators'], 2, -1);
    expect(getAt(d, ['indicators', 1, 'id'])).toBe('indicator3');
    moveItem(d, ['indicators'], 0, -1); // already first: no change
    expect(getAt(d, ['indicators', 0, 'id'])).toBe('investment');
    removeItem(d, ['indicators'], 1);
    expect(weightSum(d)).toBe(100);
  });

  it('drops an optional list once its last item goes', () => {
    const d = keyProjects();
    const count = (getAt(d, ['adjustments']) as unknown[]).length;
    for (let i = 0; i < count; i++) removeItem(d, ['adjustments'], 0);
    expect(d.adjustments).toBeUndefined();
  });

  it('starts a new method from defaults the engine accepts', () => {
    const d = keyProjects();
    for (const type of ['ratio', 'schedule', 'bands', 'relative', 'minmax', 'rank', 'perUnit']) {
      setMethodType(d, 0, type);
      expect(validateRuleSet(d, 'en').issues, type).toEqual([]);
    }
  });

  it('switches schedule to proportional and back without leftovers', () => {
    const d = keyProjects();
    setMethodChoice(d, 0, 'mode', 'proportional', 'points');
    expect(getAt(d, ['indicators', 0, 'method'])).toEqual({ type: 'schedule', mode: 'proportional' });
    expect(validateRuleSet(d, 'en').issues).toEqual([]);
    setMethodChoice(d, 0, 'mode', 'points', 'points');
    expect(getAt(d, ['indicators', 0, 'method'])).toEqual({ type: 'schedule', penaltyPerPoint: 0.5 });
  });

  it('keeps what was typed in a number field when it is not a number, so the engine can name it', () => {
    expect(numberInput(' 40 ')).toBe(40);
    expect(numberInput('')).toBeUndefined();
    expect(numberInput('四十')).toBe('四十');
    const d = keyProjects();
    setAt(d, ['indicators', 1, 'weight'], numberInput('四十'));
    const { issues } = validateRuleSet(d, 'en');
    expect(issues.map((i) => [i.code, i.path])).toEqual([['wrong-type', 'indicators[1].weight']]);
  });
});
