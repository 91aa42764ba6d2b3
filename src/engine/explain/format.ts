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

/** A fraction as a percentage with one decimal: 0.8 → `80.0%`. */
export function pct(v: number): string {
  return `${excelRound(v * 100, 1).toFixed(1)}%`;
}

/** Points with up to `precision` decimals (two by default): 41 → `41`, 26.5983 → `26.6`. */
export function pts(v: number, precision = 2): string {
  return num(excelRound(v, precision));
}

/** Formats a step parameter by its name (see MethodStep): `x…` like the figure, `pct…` as %, … */
export function stepParam(key: string, v: number, isRate: boolean): string {
  if (key.startsWith('x')) return isRate ? pct(v) : num(v);
  if (key.startsWith('pct') || key === 'elapsed') return pct(v);
  if (key === 'gap') return excelRound(v, 1).toFixed(1);
  if (key === 'score' || key === 'weight' || key === 'step' || key.startsWith('pts')) return pts(v);
  return num(v);
}
