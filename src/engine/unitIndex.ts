// Finds a unit by its key during the join. A 100,000-unit run looks every name up once; a Map
// spends most of that growing itself, while this open-addressing table is sized once from the
// number of rows and compares only keys whose hash matches (half the cost, measured in bench/).

/** FNV-1a over UTF-16 units: cheap for short names, and spreads `单位000001`…`单位100000` well. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class UnitIndex {
  /**
   * Two entries a slot, side by side so a probe touches one cache line: the key's index + 1
   * (0 when empty) and the key's hash, which settles most mismatches without comparing strings.
   */
  private table: Int32Array;
  private mask: number;
  /** The keys added, by index: the joined units' keys. */
  readonly keys: readonly string[] = [];

  /** `capacity`: the most keys expected; more still work, the table then doubles. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The key's index, or −1. */
  get(key: string): number {
    const h = hashOf(key) | 0;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const s = this.table[2 * at];
      if (s === 0) return -1;
      if (this.table[2 * at + 1] === h && this.keys[s - 1] === key) return s - 1;
    }
  }

  /** The key's index, adding it when new. */
  add(key: string): number {
    if (this.keys.length * 2 >= this.mask + 1) this.grow();
    const h = hashOf(key) | 0;
    let at = h & this.mask;
    for (; ; at = (at + 1) & this.mask) {
      const s = this.table[2 * at];
      if (s === 0) break;
      if (this.table[2 * at + 1] === h && this.keys[s - 1] === key) return s - 1;
    }
    (this.keys as string[]).push(key);
    this.table[2 * at] = this.keys.length;
    this.table[2 * at + 1] = h;
    return this.keys.length - 1;
  }

  private grow(): void {
    const size = 2 * (this.mask + 1);
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let k = 0; k < this.keys.length; k++) {
      const h = hashOf(this.keys[k]) | 0;
      let at = h & this.mask;
      while (this.table[2 * at] !== 0) at = (at + 1) & this.mask;
      this.table[2 * at] = k + 1;
      this.table[2 * at + 1] = h;
    }
  }
}
