// The few lines the pane shows after a run: top and bottom units and how many fell in each tier.
import type { RunResult, TierKind, UnitResult } from '../../engine/types';

export interface TierCount {
  tier: string | null;
  kind: TierKind | null;
  count: number;
}

export interface RunSummary {
  top: UnitResult[];
  bottom: UnitResult[];
  tiers: TierCount[];
}

export function summarise(result: RunResult, size = 3): RunSummary {
  // Result rows come grouped; for the overview order all units by rank, then total.
  const ordered = [...result.units].sort((a, b) => Number(a.veto !== null) - Number(b.veto !== null) || a.rank - b.rank || b.total - a.total);
  const top = ordered.slice(0, Math.min(size, ordered.length));
  const bottom = ordered.slice(Math.max(top.length, ordered.length - size));
  const counts = new Map<string | null, TierCount>();
  for (const u of result.units) {
    const entry = counts.get(u.tier) ?? { tier: u.tier, kind: u.tierKind, count: 0 };
    entry.count += 1;
    counts.set(u.tier, entry);
  }
  return { top, bottom, tiers: [...counts.values()] };
}
