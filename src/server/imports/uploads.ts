import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, notFound } from '../../core/shared/app-error.ts';

export interface StoredUpload {
  id: string;
  organizationId: number;
  clientId: number;
  userId: number | null;
  fileName: string;
  size: number;
  createdAt: string;
  path: string;
}

const idPattern = /^[a-f0-9-]{36}$/;

const tooLarge = (limitBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', {
    message: `The file is larger than the upload limit of ${Math.round((limitBytes / 1024 / 1024) * 10) / 10} MB (UPLOAD_LIMIT_MB): split it or raise the limit`,
    field: 'file',
  });

/**
 * Uploaded files wait on disk (never in memory) for their preview and import job; each has a
 * small JSON sidecar naming its organization, client and uploader. Files older than a week are
 * removed when the app starts.
 */
export function createUploadStore(dir: string, limitBytes: number) {
  const dataPath = (id: string) => path.join(dir, `${id}.upload`);
  const metaPath = (id: string) => path.join(dir, `${id}.json`);

  return {
    async save(
      stream: Readable,
      meta: Omit<StoredUpload, 'id' | 'size' | 'createdAt' | 'path'>,
    ): Promise<StoredUpload> {
      await mkdir(dir, { recursive: true });
      const id = randomUUID();
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > limitBytes) {
            done(tooLarge(limitBytes));
            return;
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(stream, counter, createWriteStream(dataPath(id)));
        // The multipart reader stops a file at the limit and marks its stream truncated.
        if ((stream as Readable & { truncated?: boolean }).truncated) throw tooLarge(limitBytes);
      } catch (error) {
        await rm(dataPath(id), { force: true });
        if (error instanceof AppError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(limitBytes);
        throw error;
      }
      const upload: StoredUpload = {
        ...meta,
        id,
        size,
        createdAt: new Date().toISOString(),
        path: dataPath(id),
      };
      await writeFile(metaPath(id), JSON.stringify(upload));
      return upload;
    },

    /** The upload, if it exists and belongs to the organization. */
    async find(id: string, organizationId: number): Promise<StoredUpload> {
      if (!idPattern.test(id)) throw notFound('Upload');
      try {
        const upload = JSON.parse(await readFile(metaPath(id), 'utf8')) as StoredUpload;
        if (upload.organizationId !== organizationId) throw notFound('Upload');
        return { ...upload, path: dataPath(id) };
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw notFound('Upload');
      }
    },

    /** Deletes an upload and its sidecar (a do-not-call file is read once and not kept). */
    async remove(id: string): Promise<void> {
      if (!idPattern.test(id)) return;
      await Promise.all([rm(dataPath(id), { force: true }), rm(metaPath(id), { force: true })]);
    },

    async prune(olderThanMs: number, nowMs: number): Promise<void> {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        const file = path.join(dir, name);
        const info = await stat(file).catch(() => null);
        if (info && nowMs - info.mtimeMs > olderThanMs) await rm(file, { force: true });
      }
    },
  };
}

export type UploadStore = ReturnType<typeof createUploadStore>;
