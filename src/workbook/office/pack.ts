// Packs sized commands into as few requests as the budget allows, keeping their order.

export interface Sized {
  bytes: number;
}

export function pack<T extends Sized>(ops: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Splits `rows` rows into consecutive blocks whose summed row sizes stay under `limit`. */
export function rowBlocks(rowBytes: readonly number[], limit: number): { start: number; end: number; bytes: number }[] {
  const blocks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && bytes + b > limit) {
      blocks.push({ start, end: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) blocks.push({ start, end: rowBytes.length, bytes });
  return blocks;
}
