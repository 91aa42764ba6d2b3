// The cell styles our sheets use (a number format, a solid fill, bold), appended to the input's
// styles.xml: every existing entry keeps its index, so the input's cells look as they did, and
// ours get the indices after them. The new entries are the few SpreadsheetML elements exceljs
// writes for the same styles (`<xf>`, `<fill><patternFill>`, `<numFmt>`, a bold copy of the
// default font), spliced in where the parser found each list; written by hand because no
// installed library edits a styles part without rewriting (and losing) what it does not model.
import { attribute, escapeXml, parseXml, startTag, type OpenTag } from './xml';

export interface CellStyle {
  numFmt?: string;
  /** `FFC6EFCE`. */
  fill?: string;
  bold?: boolean;
}

/** Format codes with a built-in id, as exceljs maps them (lib/xlsx/defaultnumformats.js). */
const BUILT_IN: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};

/** The lists of CT_Stylesheet in schema order; a missing one is inserted before the next present. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type ListName = (typeof ORDER)[number];
const CHILD: Partial<Record<ListName, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };

interface List {
  open: OpenTag;
  /** Offset of the close tag (or of the self-closing tag's end). */
  closeStart: number;
  children: number;
}

/** An empty stylesheet for a package without one (Excel's minimum: a font, the two reserved fills, a border, the Normal style). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Entries a list needs before ours when the stylesheet lacks it (index 0 of fonts, fills 0 and 1, border 0, cell style 0). */
function defaults(name: ListName, p: string): string[] {
  switch (name) {
    case 'fonts':
      return [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`];
    case 'fills':
      return [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`];
    case 'borders':
      return [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`];
    case 'cellXfs':
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`];
    default:
      return [];
  }
}

/**
 * `xml` with `styles` appended; `ids[i]` is the cell style index (`s`) of `styles[i]`. Styles
 * that are equal get the same index, and an entry the stylesheet already holds, written the same
 * (ours, from an earlier run), is used again rather than appended.
 */
export function appendStyles(xml: string, styles: readonly CellStyle[]): { xml: string; ids: number[] } {
  const lists = new Map<ListName, List>();
  /** Each list's entries as written, to reuse an equal one (a run with --replace appends nothing new). */
  const entries = new Map<ListName, string[]>();
  const stack: { name: string; list: List | null; entryOf?: ListName; start?: number }[] = [];
  const customFormats = new Map<string, number>();
  let maxFormatId = 163;
  let firstFont: { start: number; end: number } | null = null;
  let fontStart = -1;
  let rootPrefix = '';
  let rootClose = -1;
  parseXml(xml, {
    open: (tag) => {
      const parent = stack[stack.length - 1];
      if (stack.length === 0) rootPrefix = tag.qName.includes(':') ? tag.qName.slice(0, tag.qName.indexOf(':') + 1) : '';
      let list: List | null = null;
      let entryOf: ListName | undefined;
      // Ids of formats anywhere, the conditional formats' (<dxfs>) too: a new id must clash with none.
      if (tag.name === 'numFmt') {
        const id = Number(attribute(tag, 'numFmtId'));
        if (Number.isInteger(id)) maxFormatId = Math.max(maxFormatId, id);
      }
      if (stack.length === 1 && (ORDER as readonly string[]).includes(tag.name)) {
        list = { open: tag, closeStart: tag.end, children: 0 };
        lists.set(tag.name as ListName, list);
      } else if (parent?.list != null && CHILD[parent.list.open.name as ListName] === tag.name) {
        parent.list.children++;
        entryOf = parent.list.open.name as ListName;
        if (tag.name === 'numFmt') {
          const id = Number(attribute(tag, 'numFmtId'));
          const code = attribute(tag, 'formatCode');
          if (code !== undefined && Number.isInteger(id) && !customFormats.has(code)) customFormats.set(code, id);
        }
        if (tag.name === 'font' && parent.list.open.name === 'fonts' && parent.list.children === 1) {
          fontStart = tag.start;
          if (tag.selfClosing) firstFont = { start: tag.start, end: tag.end };
        }
      }
      stack.push(entryOf === undefined ? { name: tag.name, list } : { name: tag.name, list, entryOf, start: tag.start });
    },
    close: (tag) => {
      const top = stack.pop();
      if (top?.list != null) top.list.closeStart = tag.start;
      if (top?.entryOf !== undefined && top.start !== undefined) {
        const written = entries.get(top.entryOf) ?? [];
        written.push(xml.slice(top.start, tag.end));
        entries.set(top.entryOf, written);
      }
      if (tag.name === 'font' && fontStart >= 0 && firstFont === null && stack.length === 2) firstFont = { start: fontStart, end: tag.end };
      if (stack.length === 0) rootClose = tag.start;
    },
  });
  if (rootClose < 0) throw new Error('styles part without a stylesheet');

  // Lists our entries refer to by index 0 start with Excel's defaults where the stylesheet lacks
  // them or has fewer (fill 1 is reserved for the gray125 pattern: a colour there shows hatched).
  const p = rootPrefix;
  const added = new Map<ListName, string[]>();
  for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
    const missing = defaults(name, p).slice(lists.get(name)?.children ?? 0);
    if (missing.length > 0) added.set(name, missing);
  }
  const add = (name: ListName, entry: string): number => {
    const existing = entries.get(name)?.indexOf(entry) ?? -1;
    if (existing >= 0) return existing;
    let list = added.get(name);
    if (list === undefined) added.set(name, (list = []));
    const again = list.indexOf(entry);
    if (again >= 0) return (lists.get(name)?.children ?? 0) + again;
    list.push(entry);
    return (lists.get(name)?.children ?? 0) + list.length - 1;
  };

  const formatId = (code: string): number => {
    const known = BUILT_IN[code] ?? customFormats.get(code);
    if (known !== undefined) return known;
    const id = ++maxFormatId;
    customFormats.set(code, id);
    add('numFmts', startTag(`${p}numFmt`, [['numFmtId', String(id)], ['formatCode', code]], true));
    return id;
  };
  let boldFont: number | undefined;
  const boldFontId = (): number => {
    if (boldFont !== undefined) return boldFont;
    // The workbook's default font, bold: our bold cells keep the size and face of the others.
    let font = `<${p}font/>`;
    if (firstFont !== null) font = xml.slice(firstFont.start, firstFont.end);
    const tagEnd = font.indexOf('>');
    const bold = font[tagEnd - 1] === '/' ? `${font.slice(0, tagEnd - 1)}><${p}b/></${p}font>` : `${font.slice(0, tagEnd + 1)}<${p}b/>${font.slice(tagEnd + 1)}`;
    return (boldFont = add('fonts', bold));
  };
  const fills = new Map<string, number>();
  const fillId = (argb: string): number => {
    let id = fills.get(argb);
    if (id === undefined) {
      id = add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeXml(argb)}"/></${p}patternFill></${p}fill>`);
      fills.set(argb, id);
    }
    return id;
  };
  const hasStyleXf = (lists.get('cellStyleXfs')?.children ?? 0) > 0;

  const xfs = new Map<string, number>();
  const ids = styles.map((style) => {
    const key = `${style.numFmt ?? ''}\u0000${style.fill ?? ''}\u0000${style.bold === true ? 1 : 0}`;
    let id = xfs.get(key);
    if (id !== undefined) return id;
    const attrs: [string, string][] = [
      ['numFmtId', String(style.numFmt === undefined ? 0 : formatId(style.numFmt))],
      ['fontId', String(style.bold === true ? boldFontId() : 0)],
      ['fillId', String(style.fill === undefined ? 0 : fillId(style.fill))],
      ['borderId', '0'],
    ];
    if (hasStyleXf) attrs.push(['xfId', '0']);
    if (style.numFmt !== undefined) attrs.push(['applyNumberFormat', '1']);
    if (style.bold === true) attrs.push(['applyFont', '1']);
    if (style.fill !== undefined) attrs.push(['applyFill', '1']);
    id = add('cellXfs', startTag(`${p}xf`, attrs, true));
    xfs.set(key, id);
    return id;
  });

  // Splice from the end of the text backwards, so that earlier offsets stay valid; at one offset,
  // a start tag is replaced before lists are inserted in front of it, in schema order.
  const edits: { at: number; to: number; order: number; text: string }[] = [];
  ORDER.forEach((name, order) => {
    const entries = added.get(name);
    if (entries === undefined) return;
    const list = lists.get(name);
    if (list !== undefined) {
      const count = list.children + entries.length;
      const attrs = Object.entries(list.open.attributes).filter(([k]) => k !== 'count');
      const open = startTag(list.open.qName, [['count', String(count)], ...attrs], false);
      if (list.open.selfClosing) {
        edits.push({ at: list.open.start, to: list.open.end, order, text: `${open}${entries.join('')}</${list.open.qName}>` });
      } else {
        edits.push({ at: list.open.start, to: list.open.end, order, text: open });
        edits.push({ at: list.closeStart, to: list.closeStart, order, text: entries.join('') });
      }
    } else {
      const next = ORDER.slice(order + 1).map((n) => lists.get(n)).find((l) => l !== undefined);
      const at = next?.open.start ?? rootClose;
      edits.push({ at, to: at, order, text: `<${p}${name} count="${entries.length}">${entries.join('')}</${p}${name}>` });
    }
  });
  edits.sort((a, b) => b.at - a.at || b.to - a.to || b.order - a.order);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.to);
  return { xml: out, ids };
}
