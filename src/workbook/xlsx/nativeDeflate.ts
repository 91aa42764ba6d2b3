// Parts of the file deflated by Node's zlib rather than by jszip's pure-JS pako: the sheets are
// most of a workbook's bytes, and pako took a fifth of a 20,000-unit run. yazl (which deflates
// with zlib) packs the parts in a small zip of their own, which jszip loads into the workbook's
// zip: jszip keeps the deflated bytes of loaded entries and copies them as they are when it
// writes the file.
import { Readable } from 'node:stream';
import yazl from 'yazl';

export interface Part {
  name: string;
  chunks: Iterable<Uint8Array>;
}

/** A zip of the parts, deflated at level 1 as the rest of the file. */
export async function zipOf(parts: readonly Part[], date: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const part of parts) zip.addReadStream(Readable.from(part.chunks, { objectMode: false }), part.name, { mtime: date, compressionLevel: 1 });
  zip.end();
  const out: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) out.push(chunk);
  return Buffer.concat(out);
}
