// The period picker's choices and the label (`2026Q3`) they stand for. DOM-free.
import { elapsedOf } from '../../engine/index';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';
export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month'];

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Half 1–2, quarter 1–4 or month 1–12; ignored for a year. */
  part: number;
}

export const PARTS: Readonly<Record<PeriodKind, number>> = { year: 0, half: 2, quarter: 4, month: 12 };

export function periodLabel(c: PeriodChoice): string {
  switch (c.kind) {
    case 'year':
      return `${c.year}`;
    case 'half':
      return `${c.year}H${c.part}`;
    case 'quarter':
      return `${c.year}Q${c.part}`;
    case 'month':
      return `${c.year}-${String(c.part).padStart(2, '0')}`;
  }
}

/** The choice a label stands for, or null when it is not one the picker can show. */
export function choiceOf(label: string): PeriodChoice | null {
  const m = /^(\d{4})(?:([HQ])([1-4])|-(\d{2}))?$/i.exec(label.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: m[2].toUpperCase() === 'H' ? 'half' : 'quarter', year, part: Number(m[3]) };
  if (m[4]) return { kind: 'month', year, part: Number(m[4]) };
  return { kind: 'year', year, part: 1 };
}

/** Keeps the part inside the new kind's range when the kind changes. */
export function withKind(c: PeriodChoice, kind: PeriodKind): PeriodChoice {
  const part = kind === 'year' ? 1 : Math.min(Math.max(c.part, 1), PARTS[kind]);
  return { kind, year: c.year, part };
}

/** The quarter that has just ended is what offices usually assess; default to the current one. */
export function defaultChoice(today: Date): PeriodChoice {
  return { kind: 'quarter', year: today.getFullYear(), part: Math.floor(today.getMonth() / 3) + 1 };
}

export function progressOf(c: PeriodChoice): number {
  return elapsedOf(periodLabel(c)) ?? 1;
}

export function percentText(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** The custom time progress typed in percent, as a fraction; null when blank or not a number. */
export function customElapsed(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, '');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n / 100 : null;
}
