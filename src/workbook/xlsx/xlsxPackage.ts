// The parts of an .xlsx package a run needs, found the way Excel finds them: the workbook part
// through the package relationships, the sheets, styles and shared strings through the workbook's
// relationships (so parts at unusual paths work), sheet names and states from workbook.xml. The
// zip is jszip's: every part stays compressed in memory until read, and one that is written back
// unchanged is copied compressed.
import JSZip from 'jszip';
import { attribute, decodeCellText, parseXml } from './xml';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_WORKSHEET = `${REL}/worksheet`;
export const REL_STYLES = `${REL}/styles`;
const REL_SHARED_STRINGS = `${REL}/sharedStrings`;
const REL_CALC_CHAIN = `${REL}/calcChain`;
const REL_OFFICE_DOCUMENT = `${REL}/officeDocument`;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The relationship id in workbook.xml.rels (`rId4`). */
  relId: string;
  /** The worksheet's part in the zip (`xl/worksheets/sheet1.xml`); null for a chart sheet or a missing part. */
  path: string | null;
  /** A worksheet, not a chart sheet (or another kind): only worksheets hold cells to read. */
  worksheet: boolean;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part it points to, resolved (null for external targets). */
  path: string | null;
}

export interface XlsxPackage {
  zip: JSZip;
  /** `xl/workbook.xml` as a rule. */
  workbookPath: string;
  workbookXml: string;
  /** `xl/_rels/workbook.xml.rels`. */
  relsPath: string;
  relsXml: string;
  relationships: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
  stylesPath: string | null;
  sharedStringsPath: string | null;
  calcChainPath: string | null;
}

/** The zip entry of a part name, ignoring case as OPC does. */
export function entryName(zip: JSZip, path: string): string | null {
  if (zip.files[path] !== undefined && !zip.files[path].dir) return path;
  const lower = path.toLowerCase();
  return Object.keys(zip.files).find((name) => name.toLowerCase() === lower && !zip.files[name].dir) ?? null;
}

export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const name = entryName(zip, path);
  return name === null ? null : zip.files[name].async('string');
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it: `worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`. */
export function resolveTarget(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\/+/, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function decodePath(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

export function parseRelationships(xml: string, from: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, {
    open: (tag) => {
      if (tag.name !== 'Relationship') return;
      const id = attribute(tag, 'Id') ?? '';
      const type = attribute(tag, 'Type') ?? '';
      const target = attribute(tag, 'Target') ?? '';
      const external = attribute(tag, 'TargetMode') === 'External';
      out.push({ id, type, target, path: external ? null : resolveTarget(from, decodePath(target)) });
    },
  });
  return out;
}

const truthy = (value: string | undefined): boolean => value === '1' || value === 'true';

/** Opens the package and reads its workbook part and relationships. Throws when it is not a workbook. */
export async function openPackage(data: Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(data);
  let workbookPath = 'xl/workbook.xml';
  const rootRels = await readPart(zip, '_rels/.rels');
  if (rootRels !== null) {
    const main = parseRelationships(rootRels, '').find((r) => r.type === REL_OFFICE_DOCUMENT && r.path !== null);
    if (main?.path != null) workbookPath = main.path;
  }
  const workbookName = entryName(zip, workbookPath);
  if (workbookName === null) throw new Error(`the file has no workbook part (${workbookPath})`);
  workbookPath = workbookName;
  const workbookXml = await zip.files[workbookName].async('string');
  const relsPath = entryName(zip, relsPathOf(workbookPath)) ?? relsPathOf(workbookPath);
  const relsXml = (await readPart(zip, relsPath)) ?? '';
  const relationships = relsXml === '' ? [] : parseRelationships(relsXml, workbookPath);
  const byId = new Map(relationships.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  parseXml(workbookXml, {
    open: (tag) => {
      if (tag.name === 'workbookPr') date1904 = truthy(attribute(tag, 'date1904'));
      else if (tag.name === 'sheets') inSheets = true;
      else if (tag.name === 'sheet' && inSheets) {
        const relId = attribute(tag, 'id') ?? '';
        const rel = byId.get(relId);
        const state = attribute(tag, 'state');
        const path = rel?.type === REL_WORKSHEET && rel.path !== null ? entryName(zip, rel.path) : null;
        sheets.push({ name: attribute(tag, 'name') ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', relId, path, worksheet: rel?.type === REL_WORKSHEET });
      }
    },
    close: (tag) => {
      if (tag.name === 'sheets') inSheets = false;
    },
  });
  const partOf = (type: string): string | null => {
    const rel = relationships.find((r) => r.type === type && r.path !== null);
    return rel?.path == null ? null : entryName(zip, rel.path);
  };
  return {
    zip,
    workbookPath,
    workbookXml,
    relsPath,
    relsXml,
    relationships,
    sheets,
    date1904,
    stylesPath: partOf(REL_STYLES),
    sharedStringsPath: partOf(REL_SHARED_STRINGS),
    calcChainPath: partOf(REL_CALC_CHAIN),
  };
}

/** A sheet of any kind by name, ignoring case as Excel does: every name is taken. */
export function findSheet(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  const wanted = name.toLowerCase();
  return pkg.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** A worksheet by name, ignoring case: a chart sheet has no cells to read. */
export function findWorksheet(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  const sheet = findSheet(pkg, name);
  return sheet?.worksheet === true ? sheet : undefined;
}

/** The workbook part's content type → the file extension Excel requires for it. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
};

/**
 * The extension a file of this package must have: Excel refuses a macro-enabled workbook or a
 * template saved as `.xlsx` ("the file format or extension is not valid"). Null when unknown.
 */
export async function requiredExtension(pkg: XlsxPackage): Promise<string | null> {
  const types = await readPart(pkg.zip, '[Content_Types].xml');
  if (types === null) return null;
  const wanted = `/${pkg.workbookPath}`.toLowerCase();
  let type: string | undefined;
  parseXml(types, {
    open: (tag) => {
      if (tag.name === 'Override' && (attribute(tag, 'PartName') ?? '').toLowerCase() === wanted) type = attribute(tag, 'ContentType');
    },
  });
  return type === undefined ? null : (EXTENSIONS[type] ?? null);
}

/** The shared strings as text (rich text runs joined, phonetic runs left out, `_xHHHH_` decoded), as exceljs reads them. */
export async function readSharedStrings(pkg: XlsxPackage): Promise<string[]> {
  if (pkg.sharedStringsPath === null) return [];
  const xml = await pkg.zip.files[pkg.sharedStringsPath].async('string');
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = 0;
  let phonetic = 0;
  parseXml(xml, {
    open: (tag) => {
      if (tag.name === 'si') current = [];
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && !tag.selfClosing) inText++;
    },
    text: (text) => {
      if (current !== null && inText > 0 && phonetic === 0) current.push(text);
    },
    close: (tag) => {
      if (tag.name === 'si' && current !== null) {
        out.push(decodeCellText(current.join('')));
        current = null;
      } else if (tag.name === 'rPh') phonetic--;
      else if (tag.name === 't' && inText > 0) inText--;
    },
  });
  return out;
}

/** Number formats exceljs reads as dates: the built-in ones it knows (14–22, 45–47) and custom codes with date letters. */
function isDateFormat(code: string | undefined): boolean {
  if (code === undefined || code === '') return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style index (`s`), whether a number in it is a date. */
export async function readDateStyles(pkg: XlsxPackage): Promise<boolean[]> {
  if (pkg.stylesPath === null) return [];
  const xml = await pkg.zip.files[pkg.stylesPath].async('string');
  const custom = new Map<number, string>();
  const formats: number[] = [];
  // The lists, not the formats of differential styles (dxfs), which have their own <numFmt>.
  let list = '';
  parseXml(xml, {
    open: (tag) => {
      if (tag.name === 'numFmts' || tag.name === 'cellXfs') list = tag.name;
      else if (tag.name === 'numFmt' && list === 'numFmts') custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      else if (tag.name === 'xf' && list === 'cellXfs') formats.push(Number(attribute(tag, 'numFmtId') ?? 0));
    },
    close: (tag) => {
      if (tag.name === 'numFmts' || tag.name === 'cellXfs') list = '';
    },
  });
  return formats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)) : BUILT_IN_DATE_FORMATS.has(id)));
}
