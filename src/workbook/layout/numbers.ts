// Numbers as a supervisor reads them in the explanation and title lines.
import { excelRound } from '../../engine/round';

/** Up to four decimals, no float noise: 0.1 + 0.2 → `0.3`. */
export function plain(n: number): string {
  return String(excelRound(n, 4));
}

/** A fraction as a percentage with up to one decimal: 5/12 → `41.7%`. */
export function percent(fraction: number): string {
  return `${excelRound(fraction * 100, 1)}%`;
}

/** Excel number format for `precision` decimals: 2 → `0.00`. */
export function decimalsFormat(precision: number): string {
  return precision > 0 ? `0.${'0'.repeat(precision)}` : '0';
}
