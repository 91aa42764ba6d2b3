// Splits range reads into requests that stay under the budget: whole ranges when they fit,
// row blocks of a big range when not, packed so that small inputs take a single sync.
import { formatRange, parseRange, type RangeRef } from '../../engine/address';
import { RangeAddressError } from './errors';

export interface ReadBlock {
  /** Index of the range in the caller's list. */
  range: number;
  sheet: string;
  /** A1 address of the block on its sheet, without the sheet. */
  cells: string;
  estimate: number;
}

export function parseInputRange(address: string): RangeRef & { sheet: string } {
  const ref = parseRange(address);
  if (ref === null || ref.sheet === null) throw new RangeAddressError(address);
  return { ...ref, sheet: ref.sheet };
}

/** Requests (each a list of blocks) whose estimated responses stay under `budget` bytes. */
export function planReads(refs: readonly (RangeRef & { sheet: string })[], budget: number, cellBytes: number): ReadBlock[][] {
  const blocks: ReadBlock[] = [];
  refs.forEach((ref, range) => {
    const columns = ref.right - ref.left + 1;
    const rowBytes = columns * cellBytes;
    const rowsPerBlock = Math.max(1, Math.floor(budget / rowBytes));
    for (let top = ref.top; top <= ref.bottom; top += rowsPerBlock) {
      const bottom = Math.min(ref.bottom, top + rowsPerBlock - 1);
      blocks.push({
        range,
        sheet: ref.sheet,
        cells: formatRange({ ...ref, sheet: null, top, bottom }),
        estimate: (bottom - top + 1) * rowBytes,
      });
    }
  });
  const requests: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    if (current.length > 0 && size + block.estimate > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += block.estimate;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
