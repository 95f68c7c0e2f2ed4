import path from "node:path";
import type { Env } from "../env.ts";
import { createDiskFileStore, type FileStore } from "./file-store.ts";
import { createS3FileStore } from "./s3-file-store.ts";

/** The S3-compatible bucket when S3_BUCKET is set, otherwise local disk under DATA_DIR/files. */
export function createFileStore(env: Env): { store: FileStore; kind: "s3" | "disk" } {
  if (env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY) {
    const store = createS3FileStore({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
    return { store, kind: "s3" };
  }
  return { store: createDiskFileStore(path.join(env.DATA_DIR, "files")), kind: "disk" };
}
