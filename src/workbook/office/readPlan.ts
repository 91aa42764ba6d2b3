// Splits range reads into requests that stay under the budget: whole ranges when they fit,
// row blocks of a big range when not, packed so that small inputs take a single sync. Requests
// after the first are sized by the rows the first brought back (planNext).
import { formatRange, parseRange, type RangeRef } from '../../engine/address';
import { RangeAddressError } from './errors';

export interface ReadBlock {
  /** Index of the range in the caller's list. */
  range: number;
  sheet: string;
  /** A1 address of the block on its sheet, without the sheet. */
  cells: string;
  /** Its rows, 1-based. */
  top: number;
  bottom: number;
  estimate: number;
}

export function parseInputRange(address: string): RangeRef & { sheet: string } {
  const ref = parseRange(address);
  if (ref === null || ref.sheet === null) throw new RangeAddressError(address);
  return { ...ref, sheet: ref.sheet };
}

/** What the reads so far have shown, by range. */
export interface ReadSoFar {
  /** The last row read (1-based), or the range's top - 1. */
  done: number[];
  /** The largest row read but the first (the header: longer words, read once), in JSON bytes of its values and number formats; 0 before any. */
  largestRow: number[];
  /** The first row of each range. */
  top: number[];
}

/**
 * Room left for rows unlike those seen: a quarter more than the largest row so far. Rows of a
 * request would have to average 25% above that largest row to pass the 4 MB budget, and 64% to
 * reach the 5 MB Excel on the web refuses.
 *
 * No estimate made before reading is safe: a text cell holds up to 32,767 characters, up to 6
 * bytes each in JSON (`\u0001`), about 196 KB, and a number format up to 255 characters; only a
 * number is bounded (24 bytes, `-2.2250738585072014e-308`). So the first request guesses
 * TYPICAL_CELL_BYTES a cell, and every later one is sized by the rows already read (16.9 bytes a
 * cell in the benchmark). A later row larger than that is what the margin is for; beyond it, or
 * beyond the guess, Excel on the web refuses the response (over 5 MB:
 * ResponsePayloadSizeLimitExceeded, before anything is read, and reads change nothing) and
 * withCellSizeRetries asks again by cells assumed to weigh INPUT_CELL_BYTES, doubled at each
 * further refusal.
 */
export const ROW_MARGIN = 1.25;

/** What a cell is assumed to weigh, and whether rows read may size the next requests. */
export interface CellSizes {
  /** Bytes a cell, for a range not read yet or when rows read may not be trusted. */
  cellBytes: number;
  /** Size requests by the rows read (false after such a request was refused as too large). */
  byRows: boolean;
  /** Whether the request being sent was sized by rows read (set when it is planned). */
  measured: boolean;
}

/**
 * The next request for the rows not read yet: sized by the largest row read of each range (times
 * ROW_MARGIN) when `sizes.byRows`, else by `sizes.cellBytes` a cell; null when every row is read.
 */
export function planNext(refs: readonly (RangeRef & { sheet: string })[], read: ReadSoFar, budget: number, sizes: CellSizes): ReadBlock[] | null {
  const left = refs.map((ref, range) => ({ ...ref, top: read.done[range] + 1, range })).filter((ref) => ref.top <= ref.bottom);
  if (left.length === 0) return null;
  const byRows = (i: number): boolean => sizes.byRows && read.largestRow[left[i].range] > 0;
  const rowBytes = (i: number): number =>
    byRows(i) ? Math.ceil(read.largestRow[left[i].range] * ROW_MARGIN) : (left[i].right - left[i].left + 1) * sizes.cellBytes;
  const [next] = pack(left, budget, rowBytes);
  sizes.measured = next.some((block) => byRows(block.range));
  return next.map((block) => ({ ...block, range: left[block.range].range }));
}

/** Before any read: nothing done, nothing seen. */
export function nothingRead(refs: readonly RangeRef[]): ReadSoFar {
  return { done: refs.map((ref) => ref.top - 1), largestRow: refs.map(() => 0), top: refs.map((ref) => ref.top) };
}

function pack(refs: readonly (RangeRef & { sheet: string })[], budget: number, rowBytesOf: (range: number) => number): ReadBlock[][] {
  const blocks: ReadBlock[] = [];
  refs.forEach((ref, range) => {
    const rowBytes = rowBytesOf(range);
    const rowsPerBlock = Math.max(1, Math.floor(budget / rowBytes));
    for (let top = ref.top; top <= ref.bottom; top += rowsPerBlock) {
      const bottom = Math.min(ref.bottom, top + rowsPerBlock - 1);
      blocks.push({
        range,
        sheet: ref.sheet,
        cells: formatRange({ ...ref, sheet: null, top, bottom }),
        top,
        bottom,
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
