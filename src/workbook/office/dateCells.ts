// Dates in input ranges. `Range.values` gives a date as its serial number (46000 for a day in
// 2025), so a date typed where a number belongs would be read as a big number. Its number format
// tells it apart (`valueTypes` says Double for both), so input ranges load `numberFormat` with
// `values`, and a number shown as a date or a time becomes a Date, as exceljs hands it to the
// .xlsx adapter; the engine then reports it (`not-a-number`) with its cell.

/** Serial 0 is 1899-12-30 in Excel's 1900 date system (the 1900 leap-year bug included). */
const EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/** Format codes that mean no date even though they hold date letters. */
const GENERAL = /general/gi;

/**
 * Whether an Excel number format code (`Range.numberFormat`, always in en-US form) shows a date
 * or a time: it has a year, month, day, hour, minute or second (or era) token outside quoted
 * text, escaped characters, padding and bracketed sections such as `[Red]` or `[$-804]`.
 * Elapsed times (`[h]:mm`) count as times. The exponent of `0.00E+00` is not a date token.
 */
export function isDateFormat(format: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(format)) return true;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(GENERAL, '')
    .replace(/e[+-]/gi, '');
  return /[ymdhsegb]/i.test(bare);
}

/** The Date exceljs gives for a serial number in the 1900 date system (UTC, rounded to the millisecond). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL) * DAY_MS));
}

/** `values` with every number whose `numberFormat` is a date or time format turned into a Date. */
export function withDates(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): unknown[][] {
  return values.map((row, r) =>
    row.map((value, c) => {
      const format = formats[r]?.[c];
      return typeof value === 'number' && typeof format === 'string' && isDateFormat(format) ? serialToDate(value) : value;
    }),
  );
}
