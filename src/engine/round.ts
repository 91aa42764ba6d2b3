// Excel's ROUND: half away from zero on the decimal value the user sees, so 2.675 → 2.68 and
// 1.005 → 1.01, although neither is exactly representable in binary.

const SIGNIFICANT = 15; // Excel keeps 15 significant digits
const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);
// Further than this from a half, binary error cannot flip the result, so plain Math.round is exact.
const NEAR_HALF = 1e-6;

export function excelRound(value: number, precision: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const magnitude = Math.abs(value);
  const power = POWERS[precision];
  if (power !== undefined) {
    const scaled = magnitude * power;
    if (scaled < 1e12 && Math.abs(scaled - Math.floor(scaled) - 0.5) > NEAR_HALF) {
      // floor(x + 0.5) is Math.round(x) for these x (the addition is exact below 2^52) without
      // Math.round's branch on the fraction, which random totals mispredict half the time.
      const rounded = Math.floor(scaled + 0.5) / power;
      return value < 0 && rounded !== 0 ? -rounded : rounded; // Excel has no −0
    }
  }
  const [mantissa, exponent = '0'] = magnitude.toPrecision(SIGNIFICANT).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + precision}`);
  if (!Number.isFinite(shifted) || shifted >= Number.MAX_SAFE_INTEGER) return value;
  const rounded = Number(`${Math.round(shifted)}e${-precision}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
