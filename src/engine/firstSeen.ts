// Finds, for every unit name of a join, where the same name was first seen. A 100,000-row join
// looks every name up once; a Map spends most of that growing itself, while this open-addressing
// table is sized once from the number of entries and compares only names whose hash matches.

/**
 * For each entry of `keys`, the index of the first entry equal to it (itself when it is the
 * first), or −1 for a null entry. `hashes[i]` must be the same for equal keys: nameHash (text.ts)
 * spreads them over the table; any other hash gives the same answer, only slower.
 */
export function firstSeen(keys: readonly (string | null)[], hashes: Int32Array): Int32Array {
  const n = keys.length;
  const first = new Int32Array(n).fill(-1);
  // Two entries a slot, side by side so a probe touches one cache line: the first index + 1
  // (0 when empty) and its hash, which settles most mismatches without comparing names. At most
  // half full.
  let slots = 16;
  while (slots < 2 * n) slots *= 2;
  const mask = slots - 1;
  const table = new Int32Array(2 * slots);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === null) continue;
    const h = hashes[i];
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = table[2 * at];
      if (s === 0) {
        table[2 * at] = i + 1;
        table[2 * at + 1] = h;
        first[i] = i;
        break;
      }
      if (table[2 * at + 1] === h && keys[s - 1] === key) {
        first[i] = s - 1;
        break;
      }
    }
  }
  return first;
}
