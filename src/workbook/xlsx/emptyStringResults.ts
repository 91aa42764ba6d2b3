// Formula cells whose cached result is an empty string (`=IF(…,"",…)`). Excel and LibreOffice
// save them as `<c t="str"><f>…</f><v></v></c>`; exceljs drops the `t` and reads them exactly like
// a formula that was never calculated, which we must refuse. The sheet XML tells them apart.
import JSZip from 'jszip';

/** Sheet name (lower case) → addresses (`E2`) of formula cells holding an empty-string result. */
export type EmptyStringResults = ReadonlyMap<string, ReadonlySet<string>>;

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `onlySheet` (lower case): look at that sheet only. */
export async function emptyStringResults(data: Uint8Array, onlySheet?: string): Promise<EmptyStringResults> {
  const out = new Map<string, Set<string>>();
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbook === undefined || rels === undefined) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const target = targets.get(attr(m[0], 'r:id') ?? '');
    if (name === undefined || target === undefined) continue;
    if (onlySheet !== undefined && decode(name).toLowerCase() !== onlySheet) continue;
    const xml = await zip.file(target)?.async('string');
    if (xml === undefined || !xml.includes('t="str"')) continue;
    const cells = new Set<string>();
    for (const c of xml.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
      const [, attrs, body] = c;
      if (attr(` ${attrs}`, 't') !== 'str' || !body.includes('<f')) continue;
      if (/<v\s*\/>|<v>\s*<\/v>/.test(body) || !body.includes('<v')) {
        const address = attr(` ${attrs}`, 'r');
        if (address !== undefined) cells.add(address);
      }
    }
    if (cells.size > 0) out.set(decode(name).toLowerCase(), cells);
  }
  return out;
}
