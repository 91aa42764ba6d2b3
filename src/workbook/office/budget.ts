// How much one request may carry. Excel on the web refuses requests and responses over 5 MB;
// staying under 4 MB leaves room for Office's own envelope around our data.

export const REQUEST_BUDGET = 4_000_000;

/**
 * Bytes one cell is assumed to take in a `values` response before we have seen it: a number
 * with decimals or a short Chinese name (3 bytes a character) plus JSON quotes and commas.
 */
export const AVG_CELL_BYTES = 32;

/**
 * Bytes one input cell is assumed to take: input ranges load `numberFormat` beside `values` (to
 * tell dates from numbers), and a format such as `"General"` or `"#,##0.00"` weighs about as much
 * as a value, so the response doubles.
 */
export const INPUT_CELL_BYTES = 2 * AVG_CELL_BYTES;

/**
 * What the first read assumes an input cell weighs with its number format: a little above the
 * 14–17 bytes measured in the example workbook, the test fixtures and the benchmark (a short
 * number or name and `"General"`). A cautious guess (INPUT_CELL_BYTES) made 10,000 units take two
 * reads. The guess is only wrong in a way that matters if cells average over 22.5 bytes (5 MB over
 * the 4 MB budget): then Excel on the web refuses the response, which changes nothing and costs
 * one sync, and the reads start again with INPUT_CELL_BYTES (readRanges.ts).
 */
export const TYPICAL_CELL_BYTES = 18;

/**
 * What the first values-only read (lateDates.ts) assumes a cell weighs: the value part of the
 * 14–17 bytes above, with `"General",` (10 bytes) taken off, and a little to spare.
 */
export const TYPICAL_VALUE_BYTES = 8;

/** Bytes a command costs besides its data (object path, method name, ids). */
export const OP_OVERHEAD = 200;

/** UTF-8 size of a string, the unit Office counts payloads in. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}
