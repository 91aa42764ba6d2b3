// The header row of a source range, read through the workbook port like the run reads it.
import { formatRange, parseRange } from '../../engine/index';
import type { WorkbookPort } from '../../workbook/port';

export async function readHeaderRow(port: WorkbookPort, address: string): Promise<unknown[]> {
  const ref = parseRange(address);
  if (!ref) return [];
  const [table] = await port.readRanges([formatRange({ ...ref, bottom: ref.top })]);
  return [...(table?.values[0] ?? [])];
}
