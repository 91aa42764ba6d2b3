// Parts of the file deflated by Node's zlib rather than by jszip's pure-JS pako: the sheets are
// most of a workbook's bytes, and pako took a fifth of a 20,000-unit run. The parts are packed in
// a small zip of their own, which jszip loads into the workbook's zip: jszip keeps the deflated
// bytes of loaded entries and copies them as they are when it writes the file.
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface Deflated {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

/** Deflates the bytes `chunks` gives (raw deflate, level 1 as the rest of the file). */
export async function deflate(name: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Deflated> {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  }
  await pipeline(counted, createDeflateRaw({ level: 1 }), async (deflated: AsyncIterable<Buffer>) => {
    for await (const chunk of deflated) out.push(chunk);
  });
  return { name, data: Buffer.concat(out), crc, size };
}

/** A zip of deflated entries (no zip64: each under 4 GB; the names ASCII). */
export function zipOf(entries: readonly Deflated[], date: Date): Buffer {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size >= 0xffffffff || e.data.length >= 0xffffffff) throw new Error(`${e.name} is too large for a zip without zip64`);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
