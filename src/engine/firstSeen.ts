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
  // One 32-bit word a slot, so the table is half the size (1 MB at 100,000 names, a cache's
  // share): the entry's index + 1 in the low bits (0 when empty) and the hash's high bits above
  // them, which settle most mismatches without comparing names. At most half full.
  let slots = 16;
  while (slots < 2 * n) slots *= 2;
  const mask = slots - 1;
  let indexBits = 1;
  while (2 ** indexBits <= n) indexBits++;
  const indexMask = indexBits < 31 ? (1 << indexBits) - 1 : 0x7fffffff;
  const table = new Int32Array(slots);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === null) continue;
    const h = hashes[i];
    const tag = h & ~indexMask;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = table[at];
      if (s === 0) {
        table[at] = tag | (i + 1);
        first[i] = i;
        break;
      }
      if ((s & ~indexMask) === tag && keys[(s & indexMask) - 1] === key) {
        first[i] = (s & indexMask) - 1;
        break;
      }
    }
  }
  return first;
}
