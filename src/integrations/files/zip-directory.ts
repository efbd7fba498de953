import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** One file inside a ZIP archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are not read here. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const signatures = {
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
  central: 0x02014b50,
  local: 0x04034b50,
} as const;

/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const maxTail = 22 + 0xffff;
const maxDirectoryBytes = 64 * 1024 * 1024;
const unknown32 = 0xffffffff;

/**
 * The entries of a ZIP archive, read from the directory at its end: a few small random reads,
 * whatever the archive's size. Undefined when there is no readable directory (a truncated
 * upload, a damaged file).
 */
export async function readZipDirectory(
  handle: FileHandle,
  fileSize: number,
): Promise<ZipEntry[] | undefined> {
  const tailStart = Math.max(0, fileSize - maxTail);
  const tail = await readAt(handle, tailStart, fileSize - tailStart);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > tail.length) return undefined;
  let count = tail.readUInt16LE(end + 10);
  let size = tail.readUInt32LE(end + 12);
  let offset = tail.readUInt32LE(end + 16);
  if (offset === unknown32 || size === unknown32 || count === 0xffff) {
    // ZIP64: the locator just before the end record points to the 64-bit end record.
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== signatures.zip64Locator) return undefined;
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== signatures.zip64End) return undefined;
    count = Number(record.readBigUInt64LE(32));
    size = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + size > fileSize || size > maxDirectoryBytes) return undefined;
  const directory = await readAt(handle, offset, size);
  const entries: ZipEntry[] = [];
  for (let at = 0; entries.length < count; ) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== signatures.central) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const utf8 = (directory.readUInt16LE(at + 8) & 0x800) !== 0;
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    entries.push(
      withZip64Sizes(
        {
          name: directory.toString(utf8 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
          method: directory.readUInt16LE(at + 10),
          compressedSize: directory.readUInt32LE(at + 20),
          size: directory.readUInt32LE(at + 24),
          localHeaderOffset: directory.readUInt32LE(at + 42),
        },
        extra,
      ),
    );
    at += 46 + nameLength + extraLength + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** Sizes and offsets too big for 32 bits are in the ZIP64 extra field, in this order. */
function withZip64Sizes(entry: ZipEntry, extra: Buffer): ZipEntry {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    const next = (): number | undefined => {
      if (field + 8 > extra.length) return undefined;
      const value = Number(extra.readBigUInt64LE(field));
      field += 8;
      return value;
    };
    if (entry.size === unknown32) entry.size = next() ?? entry.size;
    if (entry.compressedSize === unknown32) entry.compressedSize = next() ?? entry.compressedSize;
    if (entry.localHeaderOffset === unknown32) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
  }
  return entry;
}

/**
 * The content of one (small) entry; undefined when it is larger than `maxBytes`, compressed
 * with a method other than deflate, or damaged.
 */
export async function readZipEntry(
  handle: FileHandle,
  entry: ZipEntry,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (entry.size > maxBytes || entry.compressedSize > maxBytes + 1024) return undefined;
  if (entry.method !== 0 && entry.method !== 8) return undefined;
  const local = await readAt(handle, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== signatures.local) return undefined;
  const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await readAt(handle, dataStart, entry.compressedSize);
  if (entry.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch {
    return undefined;
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
