import { describe, expect, it } from 'vitest';
import { METHOD_TYPES } from '../../src/engine/methods/registry';
import { fieldShown, METHOD_SPECS, methodSpec } from '../../src/taskpane/model/methodFields';

describe('method settings table', () => {
  it('covers exactly the engine\'s methods', () => {
    expect(METHOD_SPECS.map((m) => m.type).sort()).toEqual([...METHOD_TYPES].sort());
  });

  it('shows schedule\'s point settings in points mode only', () => {
    const spec = methodSpec('schedule')!;
    const shown = (method: Record<string, unknown>): string[] => spec.fields.filter((f) => fieldShown(f, method)).map((f) => f.key);
    expect(shown({ type: 'schedule' })).toEqual(['mode', 'penaltyPerPoint', 'bonusPerPoint', 'maxBonus']);
    expect(shown({ type: 'schedule', mode: 'points' })).toEqual(['mode', 'penaltyPerPoint', 'bonusPerPoint', 'maxBonus']);
    expect(shown({ type: 'schedule', mode: 'proportional' })).toEqual(['mode', 'cap']);
  });
});
