import "server-only";
import { crc32, inflateRawSync } from "node:zlib";
import { AppError } from "@/lib/errors";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Far more parts than a Word document has; each costs a little to unpack, so a million tiny ones are refused. */
export const MAX_ZIP_ENTRIES = 5_000;

type TEntry = { name: string; data: Buffer };

/**
 * Unpacks a ZIP (a .docx is one) under a byte cap and packs what it found again, uncompressed.
 * The sizes a ZIP declares must add up to at most `maxUnpacked`, and each entry is inflated with
 * its declared size as zlib's output limit, so a "1 KB" entry that would inflate to a gigabyte stops
 * after 1 KB and is refused; checksums are verified. What comes out holds only those verified
 * bytes, so whatever reads it next (mammoth, through JSZip) inflates nothing of the upload's own.
 * ZIP64 and encrypted archives are refused.
 */
export function repackZip(buf: Buffer, opts: { maxUnpacked: number; what: string }): Buffer {
  const { what, maxUnpacked } = opts;
  const bad = (detail: string) => new AppError("BAD_REQUEST", `${what} is not a valid .docx document (${detail}).`);
  const damaged = () => new AppError("BAD_REQUEST", "The .docx file could not be read. It may be damaged, or not a Word document.");
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `${what} unpacks to more than ${Math.round(maxUnpacked / 1024 / 1024)} MB and cannot be imported.`);

  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad("no ZIP directory");
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new AppError("PAYLOAD_TOO_LARGE", `${what} is too large to import.`);
  if (count > MAX_ZIP_ENTRIES) throw new AppError("PAYLOAD_TOO_LARGE", `${what} has more than ${MAX_ZIP_ENTRIES.toLocaleString("en")} parts and cannot be imported.`);

  const found: { name: string; method: number; crc: number; packed: Buffer; size: number }[] = [];
  const seen = new Set<string>();
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) throw bad("damaged directory");
    const flags = buf.readUInt16LE(offset + 8);
    const method = buf.readUInt16LE(offset + 10);
    const crc = buf.readUInt32LE(offset + 16);
    const packedSize = buf.readUInt32LE(offset + 20);
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const localAt = buf.readUInt32LE(offset + 42);
    const name = buf.subarray(offset + 46, offset + 46 + nameLength).toString(flags & 0x800 ? "utf8" : "latin1");
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
    if (flags & 0x1) throw bad("encrypted");
    if (size === 0xffffffff || packedSize === 0xffffffff || localAt === 0xffffffff) throw new AppError("PAYLOAD_TOO_LARGE", `${what} is too large to import.`);
    if (seen.has(name)) throw bad("a part appears twice");
    seen.add(name);
    declared += size;
    if (declared > maxUnpacked) throw tooLarge();
    if (name.endsWith("/")) continue;
    if (method !== STORED && method !== DEFLATED) throw bad(`unsupported compression method ${method}`);
    if (localAt + 30 > buf.length || buf.readUInt32LE(localAt) !== LOCAL) throw bad("damaged entry");
    const start = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    if (start + packedSize > buf.length) throw bad("truncated");
    found.push({ name, method, crc, size, packed: buf.subarray(start, start + packedSize) });
  }

  const entries: TEntry[] = [];
  for (const { name, method, crc, size, packed } of found) {
    let data = packed;
    if (method === DEFLATED) {
      try {
        // zlib stops as soon as the output passes the declared size: a lie costs at most what it declared.
        data = inflateRawSync(packed, { maxOutputLength: size + 1 });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw bad("a part unpacks to more than it declares");
        throw damaged();
      }
    }
    if (data.length !== size) throw bad(data.length > size ? "a part unpacks to more than it declares" : "a part is smaller than it declares");
    if (crc32(data) >>> 0 !== crc) throw damaged();
    entries.push({ name, data });
  }
  return storedZip(entries);
}

/** A ZIP of the given entries, uncompressed, names in UTF-8. */
function storedZip(entries: TEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(STORED, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(STORED, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBytes, end]);
}
