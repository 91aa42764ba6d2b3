// What the editor shows for each scoring method: its settings and their defaults. A table, so
// the editor never branches on a method's type (style rule 6).
import type { MessageKey } from '../i18n/index';

export type FieldSpec =
  | {
      kind: 'number';
      key: string;
      label: MessageKey;
      required: boolean;
      step?: number;
      /** The value a required setting starts with when it appears. */
      initial?: number;
      /** Shown only while another setting has this value (`undefined`: that setting is absent). */
      showWhen?: { key: string; equals: string | undefined };
    }
  | { kind: 'choice'; key: string; label: MessageKey; options: readonly { value: string; label: MessageKey }[]; omitDefault: string }
  | { kind: 'bands'; key: 'bands'; label: MessageKey };

export interface MethodSpec {
  type: string;
  label: MessageKey;
  fields: readonly FieldSpec[];
  /** A fresh method object of this type, valid as it stands. */
  initial: () => Record<string, unknown>;
}

const points = { key: 'mode', equals: undefined } as const;

export const METHOD_SPECS: readonly MethodSpec[] = [
  {
    type: 'ratio',
    label: 'method.ratio',
    fields: [
      { kind: 'number', key: 'cap', label: 'field.cap', required: false, step: 0.05 },
      { kind: 'number', key: 'floor', label: 'field.floor', required: false, step: 0.05 },
    ],
    initial: () => ({ type: 'ratio', cap: 1 }),
  },
  {
    type: 'schedule',
    label: 'method.schedule',
    fields: [
      {
        kind: 'choice', key: 'mode', label: 'field.mode', omitDefault: 'points',
        options: [{ value: 'points', label: 'mode.points' }, { value: 'proportional', label: 'mode.proportional' }],
      },
      { kind: 'number', key: 'penaltyPerPoint', label: 'field.penaltyPerPoint', required: true, step: 0.1, initial: 0.5, showWhen: points },
      { kind: 'number', key: 'bonusPerPoint', label: 'field.bonusPerPoint', required: false, step: 0.1, showWhen: points },
      { kind: 'number', key: 'maxBonus', label: 'field.maxBonus', required: false, step: 0.5, showWhen: points },
      { kind: 'number', key: 'cap', label: 'field.cap', required: false, step: 0.05, showWhen: { key: 'mode', equals: 'proportional' } },
    ],
    initial: () => ({ type: 'schedule', penaltyPerPoint: 0.5 }),
  },
  {
    type: 'bands',
    label: 'method.bands',
    fields: [
      { kind: 'bands', key: 'bands', label: 'field.bands' },
      { kind: 'number', key: 'else', label: 'field.else', required: false, step: 0.1 },
    ],
    initial: () => ({ type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.8, score: 0.6 }], else: 0 }),
  },
  { type: 'relative', label: 'method.relative', fields: [], initial: () => ({ type: 'relative' }) },
  { type: 'minmax', label: 'method.minmax', fields: [], initial: () => ({ type: 'minmax' }) },
  {
    type: 'rank',
    label: 'method.rank',
    fields: [
      { kind: 'number', key: 'step', label: 'field.step', required: true, step: 0.5 },
      { kind: 'number', key: 'floor', label: 'field.rankFloor', required: false, step: 0.5 },
    ],
    initial: () => ({ type: 'rank', step: 1 }),
  },
  {
    type: 'perUnit',
    label: 'method.perUnit',
    fields: [{ kind: 'number', key: 'points', label: 'field.points', required: true, step: 0.5 }],
    initial: () => ({ type: 'perUnit', points: 1 }),
  },
];

export function methodSpec(type: unknown): MethodSpec | undefined {
  return METHOD_SPECS.find((m) => m.type === type);
}

/** Whether a field applies to the method as it is now (schedule's mode switches fields). */
export function fieldShown(field: FieldSpec, method: Readonly<Record<string, unknown>>): boolean {
  if (field.kind !== 'number' || !field.showWhen) return true;
  const current = method[field.showWhen.key];
  // A choice at its default is left out of the JSON, so absent and default read the same.
  const choice = methodSpec(method.type)?.fields.find((f) => f.kind === 'choice' && f.key === field.showWhen?.key);
  const effective = current ?? (choice?.kind === 'choice' ? choice.omitDefault : undefined);
  const wanted = field.showWhen.equals ?? (choice?.kind === 'choice' ? choice.omitDefault : undefined);
  return effective === wanted;
}
