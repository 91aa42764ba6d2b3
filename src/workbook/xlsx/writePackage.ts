// The output package: the input zip with every part copied as it was (compressed bytes and all,
// so charts, images, pivot tables, comments and anything else survive), the new sheets' parts
// added (deflated by Node's zlib through yazl, nativeDeflate.ts), and four parts edited by
// splicing at places the XML parser found (xml.ts): workbook.xml gets a <sheet> per new sheet,
// its relationships a <Relationship>, [Content_Types].xml an <Override>, styles.xml our cell
// styles (appendStyles.ts). A replaced sheet keeps its place, sheetId and relationship id, which
// now points at the new part, so defined names local to it (localSheetId) and the others keep
// their sheet; its old part and that part's relationships are dropped.
import type JSZip from 'jszip';
import type { SheetPlan } from '../sheetPlan';
import { STORE_SHEET } from '../storeCodec';
import { appendStyles, EMPTY_STYLES } from './appendStyles';
import { zipOf } from './nativeDeflate';
import { prepareSheet, renderFrames, sheetChunks, StyleList } from './sheetXml';
import { entryName, REL, REL_STYLES, REL_WORKSHEET, relsPathOf, type SheetEntry, type SheetState, type XlsxPackage } from './xlsxPackage';
import { attribute, parseXml, startTag, type OpenTag } from './xml';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';
/** jszip would otherwise add entries for the folders (`xl/`), which a package has no use for. */
const NO_FOLDERS = { createFolders: false } as const;
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface SheetWrite {
  plan: SheetPlan;
  /** The sheet of the same name (any case) it replaces, in its place. */
  replaces: SheetEntry | undefined;
  state: SheetState;
}

interface Edit {
  at: number;
  to: number;
  text: string;
}

/** Applies edits that do not overlap; at one offset, in the order given. */
function splice(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += text.slice(from, e.at) + e.text;
    from = e.to;
  }
  return out + text.slice(from);
}

const prefixOf = (qName: string): string => (qName.includes(':') ? qName.slice(0, qName.indexOf(':') + 1) : '');

/** Where to put elements at the end of `parent` (the first one found): before its close tag, or by opening a self-closing one. */
function endOf(xml: string, parent: string): { open: OpenTag; at: number } {
  let found: { open: OpenTag; at: number } | null = null;
  let depth = 0;
  let openTag: OpenTag | null = null;
  parseXml(xml, {
    open: (tag) => {
      if (found !== null) return;
      if (openTag !== null) depth++;
      else if (tag.name === parent) {
        openTag = tag;
        if (tag.selfClosing) found = { open: tag, at: tag.end };
      }
    },
    close: (tag) => {
      if (found !== null || openTag === null) return;
      if (depth > 0) depth--;
      else if (tag.name === parent) found = { open: openTag, at: tag.start };
    },
  });
  if (found === null) throw new Error(`no <${parent}> in the part`);
  return found;
}

/** Inserts `inner` at the end of the element found by `endOf`. */
function appendTo(end: { open: OpenTag; at: number }, inner: string): Edit {
  if (!end.open.selfClosing) return { at: end.at, to: end.at, text: inner };
  const { open } = end;
  return { at: open.start, to: open.end, text: `${startTag(open.qName, Object.entries(open.attributes), false)}${inner}</${open.qName}>` };
}

/** A part name no entry of the zip has (ignoring case): `xl/worksheets/sheet7.xml`. */
function freePath(zip: JSZip, taken: Set<string>, dir: string, stem: string): string {
  for (let k = 1; ; k++) {
    const path = `${dir}${stem}${k}.xml`;
    if (entryName(zip, path) === null && !taken.has(path.toLowerCase())) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}

/** `xl/worksheets/sheet7.xml` relative to the workbook part's folder `xl/`. */
const relativeTo = (dir: string, path: string): string => (path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);

/** The output file's bytes: the input package with the sheets written. */
export async function writePackage(pkg: XlsxPackage, writes: readonly SheetWrite[]): Promise<Buffer> {
  const { zip } = pkg;
  const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const typesName = entryName(zip, CONTENT_TYPES) ?? CONTENT_TYPES;
  const typesXml = (await zip.files[typesName]?.async('string')) ?? '';
  // Part names the content types declare are taken even without a part: a second Override for
  // one name breaks the package.
  const taken = new Set<string>();
  parseXml(typesXml, {
    open: (tag) => {
      if (tag.name === 'Override') taken.add((attribute(tag, 'PartName') ?? '').replace(/^\//, '').toLowerCase());
    },
  });

  // Cells and their styles; the styles appended to the input's.
  const list = new StyleList();
  const prepared = writes.map((w) => prepareSheet(w.plan, list));
  const stylesPath = pkg.stylesPath ?? freePath(zip, taken, dir, 'styles');
  const stylesXml = pkg.stylesPath === null ? EMPTY_STYLES : await zip.files[pkg.stylesPath].async('string');
  const { xml: newStyles, ids: xfIds } = appendStyles(stylesXml, list.styles);

  // The new parts, deflated natively, loaded into the zip as they are.
  const frames = await renderFrames(writes.map((w) => w.plan));
  const paths = writes.map(() => freePath(zip, taken, `${dir}worksheets/`, 'sheet'));
  await zip.loadAsync(await zipOf(writes.map((_, i) => ({ name: paths[i], chunks: sheetChunks(frames[i], prepared[i], xfIds) })), new Date()));
  zip.file(stylesPath, newStyles, NO_FOLDERS);

  // A replaced sheet's old part goes, with its relationships; so does the calculation chain,
  // which may list formula cells of a replaced sheet (Excel rebuilds it).
  const removed = new Set<string>();
  for (const w of writes) {
    if (w.replaces?.path == null) continue;
    removed.add(w.replaces.path);
    const rels = entryName(zip, relsPathOf(w.replaces.path));
    if (rels !== null) zip.remove(rels);
  }
  // (The store never holds formulas: replacing it alone keeps the chain.)
  const dropCalcChain = pkg.calcChainPath !== null && writes.some((w) => w.replaces !== undefined && w.plan.name !== STORE_SHEET);
  if (dropCalcChain && pkg.calcChainPath !== null) removed.add(pkg.calcChainPath);
  for (const path of removed) zip.remove(path);

  // workbook.xml.rels: replaced sheets' relationships point at their new parts; new ones added.
  const relsXml = pkg.relsXml === '' ? EMPTY_RELS : pkg.relsXml;
  const relEdits: Edit[] = [];
  const relIds = new Set(pkg.relationships.map((r) => r.id));
  const newRelId = (): string => {
    let n = relIds.size + 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  const replacedRel = new Map<string, string>();
  writes.forEach((w, i) => {
    if (w.replaces !== undefined) replacedRel.set(w.replaces.relId, paths[i]);
  });
  let relPrefix = '';
  parseXml(relsXml, {
    open: (tag) => {
      if (tag.name === 'Relationships') relPrefix = prefixOf(tag.qName);
      if (tag.name !== 'Relationship') return;
      const id = attribute(tag, 'Id') ?? '';
      const path = replacedRel.get(id);
      const calcChain = dropCalcChain && pkg.relationships.find((r) => r.id === id)?.path === pkg.calcChainPath;
      if (calcChain) relEdits.push({ at: tag.start, to: tag.end, text: '' });
      if (path === undefined) return;
      const attrs = Object.entries(tag.attributes).map(([k, v]): [string, string] => [k, k === 'Target' ? relativeTo(dir, path) : k === 'Type' ? REL_WORKSHEET : v]);
      relEdits.push({ at: tag.start, to: tag.end, text: startTag(tag.qName, attrs, tag.selfClosing) });
    },
  });
  let addedRels = '';
  const sheetRelIds = writes.map((w, i) => {
    if (w.replaces !== undefined) return w.replaces.relId;
    const id = newRelId();
    addedRels += startTag(`${relPrefix}Relationship`, [['Id', id], ['Type', REL_WORKSHEET], ['Target', relativeTo(dir, paths[i])]], true);
    return id;
  });
  if (pkg.stylesPath === null) addedRels += startTag(`${relPrefix}Relationship`, [['Id', newRelId()], ['Type', REL_STYLES], ['Target', relativeTo(dir, stylesPath)]], true);
  relEdits.push(appendTo(endOf(relsXml, 'Relationships'), addedRels));
  zip.file(pkg.relsPath, splice(relsXml, relEdits), NO_FOLDERS);

  // workbook.xml: replaced sheets renamed (the plan's spelling) and made visible (or very
  // hidden) in place; new ones after the last sheet.
  const wbEdits: Edit[] = [];
  let relAttr = '';
  let sheetPrefix = '';
  let maxSheetId = 0;
  const byRelId = new Map(writes.map((w, i) => [w.replaces?.relId, i]));
  parseXml(pkg.workbookXml, {
    open: (tag) => {
      if (tag.name === 'workbook') {
        for (const [k, v] of Object.entries(tag.attributes)) if (k.startsWith('xmlns:') && v === REL && relAttr === '') relAttr = `${k.slice(6)}:id`;
      } else if (tag.name === 'sheets') {
        sheetPrefix = prefixOf(tag.qName);
      } else if (tag.name === 'sheet') {
        maxSheetId = Math.max(maxSheetId, Number(attribute(tag, 'sheetId')) || 0);
        const i = byRelId.get(attribute(tag, 'id'));
        if (i === undefined || writes[i].replaces === undefined) return;
        const { state } = writes[i];
        const attrs: [string, string][] = [];
        for (const [k, v] of Object.entries(tag.attributes)) {
          attrs.push([k, k === 'name' ? writes[i].plan.name : k === 'state' ? state : v]);
          if (k === 'sheetId' && state !== 'visible' && !('state' in tag.attributes)) attrs.push(['state', state]);
        }
        wbEdits.push({ at: tag.start, to: tag.end, text: startTag(tag.qName, attrs, tag.selfClosing) });
      }
    },
  });
  let addedSheets = '';
  writes.forEach((w, i) => {
    if (w.replaces !== undefined) return;
    const attrs: [string, string][] = [['name', w.plan.name], ['sheetId', String(++maxSheetId)]];
    if (w.state !== 'visible') attrs.push(['state', w.state]);
    if (relAttr === '') attrs.push(['xmlns:r', REL], ['r:id', sheetRelIds[i]]);
    else attrs.push([relAttr, sheetRelIds[i]]);
    addedSheets += startTag(`${sheetPrefix}sheet`, attrs, true);
  });
  wbEdits.push(appendTo(endOf(pkg.workbookXml, 'sheets'), addedSheets));
  zip.file(pkg.workbookPath, splice(pkg.workbookXml, wbEdits), NO_FOLDERS);

  // [Content_Types].xml: an Override per new part, none for parts removed.
  const typeEdits: Edit[] = [];
  let typesPrefix = '';
  const gone = new Set([...removed].map((p) => `/${p}`.toLowerCase()));
  parseXml(typesXml, {
    open: (tag) => {
      if (tag.name === 'Types') typesPrefix = prefixOf(tag.qName);
      if (tag.name === 'Override' && gone.has((attribute(tag, 'PartName') ?? '').toLowerCase())) typeEdits.push({ at: tag.start, to: tag.end, text: '' });
    },
  });
  let overrides = paths.map((path) => startTag(`${typesPrefix}Override`, [['PartName', `/${path}`], ['ContentType', WORKSHEET_TYPE]], true)).join('');
  if (pkg.stylesPath === null) overrides += startTag(`${typesPrefix}Override`, [['PartName', `/${stylesPath}`], ['ContentType', STYLES_TYPE]], true);
  typeEdits.push(appendTo(endOf(typesXml, 'Types'), overrides));
  zip.file(typesName, splice(typesXml, typeEdits), NO_FOLDERS);

  // Parts loaded from the input keep their deflated bytes; the edited ones are small.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
