import "server-only";
import { AppError } from "@/lib/errors";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Refuses a ZIP (a .docx is one) whose entries claim to unpack to more than `maxUnpacked` bytes,
 * before any of it is inflated: a 10 MB upload must not become gigabytes in memory. Reads only the
 * central directory; ZIP64 archives (sizes past 4 GB) are refused outright.
 */
export function checkZipSizes(buf: Buffer, maxUnpacked: number, what: string): void {
  const bad = () => new AppError("BAD_REQUEST", `${what} is not a valid .docx document.`);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad();
  const entries = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) throw new AppError("PAYLOAD_TOO_LARGE", `${what} is too large to import.`);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) throw bad();
    const unpacked = buf.readUInt32LE(offset + 24);
    if (unpacked === 0xffffffff) throw new AppError("PAYLOAD_TOO_LARGE", `${what} is too large to import.`);
    total += unpacked;
    if (total > maxUnpacked) throw new AppError("PAYLOAD_TOO_LARGE", `${what} unpacks to more than ${Math.round(maxUnpacked / 1024 / 1024)} MB and cannot be imported.`);
    offset += 46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
}
