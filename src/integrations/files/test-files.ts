import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { readZipDirectory, readZipEntry } from './zip-directory.ts';

/** Fixtures for the file tests: files in a temporary folder, and ZIP archives built by hand. */
export interface TempFolder {
  write(name: string, content: Buffer | string): Promise<string>;
  path(name: string): string;
  remove(): Promise<void>;
}

export async function tempFolder(): Promise<TempFolder> {
  const folder = await mkdtemp(join(tmpdir(), 'setterdesk-files-'));
  return {
    async write(name, content) {
      await writeFile(join(folder, name), content);
      return join(folder, name);
    },
    path: (name) => join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/** A ZIP archive of these files, deflated (or stored), in this order. */
export function zipArchive(
  files: readonly { name: string; data: Buffer | string }[],
  deflate = true,
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const data = Buffer.from(file.data);
    const stored = deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(file.name);
    const fields = {
      method: deflate ? 8 : 0,
      crc: crc32(data),
      compressed: stored.length,
      size: data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    locals.push(local, name, stored);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The header fields local and central records share, from "version needed" to "name length". */
function writeCommon(
  record: Buffer,
  at: number,
  fields: { method: number; crc: number; compressed: number; size: number },
  nameLength: number,
): void {
  record.writeUInt16LE(20, at);
  record.writeUInt16LE(0x0800, at + 2);
  record.writeUInt16LE(fields.method, at + 4);
  record.writeUInt16LE(0, at + 6);
  record.writeUInt16LE(0x21, at + 8);
  record.writeUInt32LE(fields.crc >>> 0, at + 10);
  record.writeUInt32LE(fields.compressed, at + 14);
  record.writeUInt32LE(fields.size, at + 18);
  record.writeUInt16LE(nameLength, at + 22);
}

/** The files of a ZIP archive on disk, in stored order (directories left out). */
export async function unzipFiles(path: string): Promise<{ name: string; data: Buffer }[]> {
  const handle = await open(path, 'r');
  try {
    const entries = (await readZipDirectory(handle, (await handle.stat()).size)) ?? [];
    const files: { name: string; data: Buffer }[] = [];
    for (const entry of entries.filter((e) => !e.name.endsWith('/'))) {
      files.push({ name: entry.name, data: (await readZipEntry(handle, entry, 1 << 26)) ?? Buffer.alloc(0) });
    }
    return files;
  } finally {
    await handle.close();
  }
}

/** How many descriptors of this process are open on the file (Linux; undefined elsewhere). */
export function openDescriptors(path: string): number | undefined {
  let fds: string[];
  try {
    fds = readdirSync('/proc/self/fd');
  } catch {
    return undefined;
  }
  return fds.filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false;
    }
  }).length;
}
