// A deliberately simple reference for the arithmetic of spec 3.1 (perUnit, bands, ratio), 3.3
// (totals, ROUND, ranks) and 3.4 (tiers), written sentence by sentence from the spec, sharing no
// code with src/engine. Quadratic loops and decimal strings: clarity over speed. The
// differential property test (properties/differential.test.ts) checks the engine against it.

// ---------------------------------------------------------------------------------------------
// Excel ROUND: half away from zero on the decimal value the user sees (15 significant digits).

/** Rounds `value` to `precision` decimals the way Excel's ROUND does, using decimal strings. */
export function refRound(value: number, precision: number): number {
  if (value === 0) return 0;
  const negative = value < 0;
  // The decimal value Excel shows: 15 significant digits.
  const [mantissa, expText] = Math.abs(value).toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('.', ''); // 15 digits, d.dddddddddddddd
  const exponent = Number(expText); // value = 0.d1d2... × 10^(exponent + 1)
  // Position of the decimal point within `digits`: after (exponent + 1) digits.
  const pointAt = exponent + 1;
  // Keep pointAt + precision digits.
  const keep = pointAt + precision;
  if (keep < 0) return 0;
  if (keep >= digits.length) return negative ? -Number(`${digits}e${pointAt - digits.length}`) : Number(`${digits}e${pointAt - digits.length}`);
  let kept = BigInt(keep === 0 ? '0' : digits.slice(0, keep));
  if (Number(digits[keep]) >= 5) kept += 1n; // half away from zero (on the magnitude)
  const magnitude = Number(`${kept.toString()}e${-precision}`);
  // Excel has no negative zero: ROUND(-0.004, 2) is 0.
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------------------------
// Indicator scores (spec 3.1), for the three methods whose score needs no peers.

export type RefMethod =
  | { type: 'perUnit'; points: number }
  | { type: 'bands'; bands: { min?: number; max?: number; score: number }[]; else?: number }
  | { type: 'ratio'; cap?: number; floor?: number };

/** Points for value or rate `x` on an indicator of weight `weight`. */
export function refMethodScore(method: RefMethod, weight: number, x: number): number {
  switch (method.type) {
    case 'perUnit':
      // `points < 0`: max(weight + points × x, 0); `points > 0`: min(points × x, weight)
      if (method.points < 0) return Math.max(weight + method.points * x, 0);
      return Math.min(method.points * x, weight);
    case 'bands': {
      // the first band with min ≤ x (when given) and x ≤ max (when given) gives f = score
      for (const band of method.bands) {
        const minOk = band.min === undefined || band.min <= x;
        const maxOk = band.max === undefined || x <= band.max;
        if (minOk && maxOk) return weight * band.score;
      }
      return weight * (method.else ?? 0);
    }
    case 'ratio': {
      // weight × min(x, cap), 0 when x < floor or x < 0
      const cap = method.cap ?? 1;
      const floor = method.floor ?? 0;
      if (x < floor || x < 0) return 0;
      return weight * Math.min(x, cap);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Totals, ranks and tiers.

export interface RefWhen {
  top?: number;
  bottom?: number;
  topPercent?: number;
  bottomPercent?: number;
  minScore?: number;
  maxScore?: number;
  veto?: boolean;
  quota?: boolean;
}

export interface RefUnit {
  name: string;
  group: string | null;
  /** Unrounded indicator scores; null where the indicator does not apply (missing: exclude). */
  scores: (number | null)[];
  bonus: number;
  deduction: number;
  vetoed: boolean;
}

export interface RefRules {
  weights: number[];
  precision: number;
  min?: number;
  max?: number;
  ties: 'competition' | 'dense';
  /** Indexes of the tie-break indicators. */
  tieBreak: number[];
  /** Ranking scope is the group (spec: default true when a group column is set). */
  byGroup: boolean;
  tiers: RefWhen[];
}

export interface RefUnitResult {
  name: string;
  total: number;
  rank: number;
  tier: number | null;
  scores: (number | null)[];
}

export interface RefQuotaTie {
  tier: number;
  units: string[];
}

export interface RefResult {
  /** In result-row order. */
  units: RefUnitResult[];
  quotaTies: RefQuotaTie[];
}

export function referenceRun(units: readonly RefUnit[], rules: RefRules): RefResult {
  const round = (v: number): number => refRound(v, rules.precision);

  // total = Σ scores (scaled by Σ all weights / Σ weights that apply) + bonus − deduction,
  // clamped, then rounded.
  const allWeights = rules.weights.reduce((a, b) => a + b, 0);
  const totals = units.map((u) => {
    let sum = 0;
    let applying = 0;
    u.scores.forEach((s, i) => {
      if (s !== null) {
        sum += s;
        applying += rules.weights[i];
      }
    });
    let indicatorSum: number;
    if (applying === 0) indicatorSum = 0;
    else if (applying === allWeights) indicatorSum = sum;
    else indicatorSum = (sum * allWeights) / applying;
    let total = indicatorSum + u.bonus - u.deduction;
    if (rules.min !== undefined && total < rules.min) total = rules.min;
    if (rules.max !== undefined && total > rules.max) total = rules.max;
    return round(total);
  });
  const rounded = units.map((u) => u.scores.map((s) => (s === null ? null : round(s))));
  const scopeOf = (i: number): string => (rules.byGroup ? `g:${units[i].group ?? ''}` : 'all');

  // `a` is strictly ahead of `b`: not vetoed when b is; else higher total; else the first
  // differing tie-break score (null lowest) is higher.
  const ahead = (a: number, b: number): boolean => {
    if (units[a].vetoed !== units[b].vetoed) return !units[a].vetoed;
    if (totals[a] !== totals[b]) return totals[a] > totals[b];
    for (const t of rules.tieBreak) {
      const sa = rounded[a][t] ?? -Infinity;
      const sb = rounded[b][t] ?? -Infinity;
      if (sa !== sb) return sa > sb;
    }
    return false;
  };
  const same = (a: number, b: number): boolean => !ahead(a, b) && !ahead(b, a);

  const ranks = units.map((_, i) => {
    const peers = units.map((__, j) => j).filter((j) => scopeOf(j) === scopeOf(i));
    if (rules.ties === 'competition') return 1 + peers.filter((j) => ahead(j, i)).length;
    // dense: 1 + the number of distinct standings strictly ahead
    const distinct: number[] = [];
    for (const j of peers) if (ahead(j, i) && !distinct.some((d) => same(d, j))) distinct.push(j);
    return 1 + distinct.length;
  });

  // Tiers: the first tier in list order whose conditions all hold.
  const tier: (number | null)[] = units.map(() => null);
  const quotaTies: RefQuotaTie[] = [];
  rules.tiers.forEach((when, t) => {
    const holds = (i: number): boolean => {
      const scope = units.map((_, j) => j).filter((j) => scopeOf(j) === scopeOf(i));
      const live = scope.filter((j) => !units[j].vetoed);
      const nLive = live.length;
      const tops = [when.top, when.topPercent === undefined ? undefined : Math.floor((nLive * when.topPercent) / 100)];
      const bottoms = [when.bottom, when.bottomPercent === undefined ? undefined : Math.floor((nLive * when.bottomPercent) / 100)];
      for (const N of tops) {
        if (N === undefined) continue;
        if (units[i].vetoed) return false;
        if (!(live.filter((j) => ranks[j] < ranks[i]).length < N)) return false;
      }
      for (const N of bottoms) {
        if (N === undefined) continue;
        if (units[i].vetoed) return false;
        if (!(live.filter((j) => ranks[j] > ranks[i]).length < N)) return false;
      }
      if (when.minScore !== undefined && !(totals[i] >= when.minScore)) return false;
      if (when.maxScore !== undefined && !(totals[i] <= when.maxScore)) return false;
      if (when.veto !== undefined && when.veto !== units[i].vetoed) return false;
      return true;
    };
    const candidates = units.map((_, i) => i).filter((i) => tier[i] === null && holds(i));
    if (when.quota !== true) {
      for (const i of candidates) tier[i] = t;
      return;
    }
    // Quota, per scope: at most N units, where N is the smallest count; units whose rank is
    // tied across the boundary are all left out. Counted from the top unless only bottom
    // counts are given.
    const fromBottom = when.top === undefined && when.topPercent === undefined;
    const scopes = [...new Set(candidates.map(scopeOf))];
    for (const scope of scopes) {
      const inScope = candidates.filter((i) => scopeOf(i) === scope);
      const nLive = units.filter((_, j) => scopeOf(j) === scope && !units[j].vetoed).length;
      const counts = [when.top, when.bottom, when.topPercent, when.bottomPercent]
        .map((v, k) => (v === undefined ? undefined : k < 2 ? v : Math.floor((nLive * v) / 100)))
        .filter((v): v is number => v !== undefined);
      const limit = Math.min(...counts);
      const better = (a: number, b: number): boolean => (fromBottom ? ranks[a] > ranks[b] : ranks[a] < ranks[b]);
      const leftOut: number[] = [];
      for (const i of inScope) {
        // i is kept when it and every candidate at least as good fit within the limit
        const atLeastAsGood = inScope.filter((j) => !better(i, j)).length;
        if (atLeastAsGood <= limit) tier[i] = t;
        else leftOut.push(i);
      }
      // The rank group straddling the boundary (fewer than `limit` units strictly better, but
      // too many with it) is left out and named in a warning.
      const keptCount = inScope.filter((i) => tier[i] === t).length;
      const boundary = leftOut.filter((i) => !leftOut.some((j) => better(j, i)));
      if (boundary.length > 0 && keptCount < limit) quotaTies.push({ tier: t, units: boundary.map((i) => units[i].name) });
    }
  });

  // Result rows: by group (first appearance), then rank, then input order. With byGroup false
  // the ranks are global, and rows follow them across groups (the lead's reading of 3.3; see
  // tests/engine/ranking.test.ts).
  const groupOrder: (string | null)[] = [];
  for (const u of units) if (!groupOrder.includes(u.group)) groupOrder.push(u.group);
  const order = units.map((_, i) => i);
  order.sort((a, b) => {
    if (rules.byGroup) {
      const g = groupOrder.indexOf(units[a].group) - groupOrder.indexOf(units[b].group);
      if (g !== 0) return g;
    }
    return ranks[a] - ranks[b] || a - b;
  });
  return {
    units: order.map((i) => ({ name: units[i].name, total: totals[i], rank: ranks[i], tier: tier[i]!, scores: rounded[i] })),
    quotaTies,
  };
}

// ---------------------------------------------------------------------------------------------
// Adjustments (spec 3.2).

const NOT_VETO = ['', '-', '—', '–', '/', 'n/a', '无', '0', 'false', '否', 'no'];

/** A veto cell vetoes unless it holds blank, a missing marker, `0`, `FALSE`, `否` or `no` (any case). */
export function refVetoes(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === false || cell === 0) return false;
  if (typeof cell === 'string') return !NOT_VETO.includes(cell.trim().toLowerCase());
  return true;
}

/** `+ min(v, max)` for a bonus, the same for a deduction; blank counts 0. */
export const refAdjustment = (v: number | null, max: number | undefined): number => (v === null ? 0 : Math.min(v, max ?? Infinity));
