// XML through saxes (the parser exceljs itself uses): events with the offsets of each tag in the
// text, so that a part we change (workbook.xml, its relationships, [Content_Types].xml,
// styles.xml) is edited by splicing new elements in at places the parser found, and every byte
// we do not mean to change stays as it was. Element and attribute names are compared without
// their namespace prefix: SpreadsheetML parts may be written with or without one (`x:sheet`).
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface OpenTag {
  /** Local name, without a prefix. */
  name: string;
  /** The name as written, with its prefix (`x:sheet`). */
  qName: string;
  /** Attribute values decoded; keys as written (`r:id`). */
  attributes: Record<string, string>;
  selfClosing: boolean;
  /** Offsets of the tag's `<` and just after its `>`. */
  start: number;
  end: number;
}

export interface CloseTag {
  name: string;
  /** Offsets of the close tag's `<` and just after its `>` (for `<a/>`, both at the end of the tag). */
  start: number;
  end: number;
}

export interface XmlHandlers {
  open?: (tag: OpenTag) => void;
  close?: (tag: CloseTag) => void;
  text?: (text: string) => void;
}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** An attribute by local name (`id` finds `r:id`). */
export function attribute(tag: { attributes: Record<string, string> }, name: string): string | undefined {
  if (name in tag.attributes) return tag.attributes[name];
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name && key.includes(':')) return value;
  return undefined;
}

/** A parser fed piece by piece (`write`), calling the handlers as it goes. Offsets count UTF-16 units. */
export function xmlParser(handlers: XmlHandlers, source?: () => string): { write: (chunk: string) => void; close: () => void } {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  const tagStart = (end: number): number => {
    const text = source?.();
    return text === undefined ? end : text.lastIndexOf('<', end - 1);
  };
  if (handlers.open !== undefined) {
    const open = handlers.open;
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const end = parser.position;
      open({ name: localName(tag.name), qName: tag.name, attributes: tag.attributes, selfClosing: tag.isSelfClosing, start: tagStart(end), end });
    });
  }
  if (handlers.close !== undefined) {
    const close = handlers.close;
    parser.on('closetag', (tag: SaxesTagPlain) => {
      const end = parser.position;
      close({ name: localName(tag.name), start: tag.isSelfClosing ? end : tagStart(end), end });
    });
  }
  if (handlers.text !== undefined) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const check = (): void => {
    if (error !== null) throw error;
  };
  return {
    write: (chunk) => {
      parser.write(chunk);
      check();
    },
    close: () => {
      parser.close();
      check();
    },
  };
}

/** Parses a whole part held as a string; the tags' offsets index into it. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers, () => text);
  parser.write(text);
  parser.close();
}

// Characters XML 1.0 cannot hold, which exceljs drops as well (utils.xmlEncode): C0 controls but
// tab, line feed and carriage return, and DEL.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text for an element's content or an attribute value. A carriage return is kept as `&#13;` (XML readers turn a raw one into a line feed). */
export function escapeXml(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"\r]/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * In one pass: an underscore that would start an escape on reading (`_x0041_`, or `_x0041` before a
 * character that becomes an escape itself), and each character XML cannot hold.
 */
const CELL_ESCAPES = /_(?=x[0-9A-Fa-f]{4}(?:_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]))|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const escapeOf = (ch: string): string => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * Cell text as SpreadsheetML stores it (ST_Xstring): `_x0041_` in the text would read back as `A`,
 * so its underscore is written as `_x005F_`, and a character XML cannot hold (a control character
 * pasted into a unit name) as its own `_xHHHH_`, which Excel reads back as that character; then
 * escaped for XML.
 */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(CELL_ESCAPES, escapeOf));
}

/** The reverse of `_xHHHH_` escapes, as Excel and exceljs read shared strings. */
export function decodeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The start tag of an element, attributes as given (values escaped). */
export function startTag(qName: string, attributes: readonly (readonly [string, string])[], selfClosing: boolean): string {
  return `<${qName}${attributes.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('')}${selfClosing ? '/>' : '>'}`;
}
