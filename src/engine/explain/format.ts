// Numbers in explanations, as a supervisor writes them: thousands separated, no float noise.
import { excelRound } from '../round';

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Up to two decimals (four below 1), thousands separated: 40639.6 → `40,639.6`. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = excelRound(v, Math.abs(v) < 1 ? 4 : 2);
  const [int, frac] = String(Math.abs(r)).split('.');
  const sign = r < 0 ? '−' : '';
  return `${sign}${group(int)}${frac === undefined ? '' : `.${frac}`}`;
}

/** Up to `decimals` decimals (trailing zeros dropped), thousands separated. */
export function numAt(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = excelRound(v, decimals);
  const [int, frac] = String(Math.abs(r)).split('.');
  return `${r < 0 ? '−' : ''}${group(int)}${frac === undefined ? '' : `.${frac}`}`;
}

/** A fraction as a percentage, one decimal unless told: 0.8 → `80.0%`. */
export function pct(v: number, decimals = 1): string {
  return `${excelRound(v * 100, decimals).toFixed(decimals)}%`;
}

/** Points with up to `precision` decimals (two by default): 41 → `41`, 26.5983 → `26.6`. */
export function pts(v: number, precision = 2): string {
  return num(excelRound(v, precision));
}

/**
 * Formats a step parameter by its name (see MethodStep): `x…` like the figure, `pct…` as %, …;
 * `digits` gives decimals where a product shown must add up (see stepDigits).
 */
export function stepParam(key: string, v: number, isRate: boolean, digits?: number): string {
  if (key.startsWith('x')) return isRate ? pct(v, digits) : digits === undefined ? num(v) : excelRound(v, digits).toFixed(digits);
  if (key.startsWith('pct') || key === 'elapsed') return pct(v, digits);
  if (key === 'gap') return excelRound(v, digits ?? 1).toFixed(digits ?? 1);
  if (key === 'score' || key === 'weight' || key === 'step' || key.startsWith('pts')) return pts(v);
  return num(v);
}
