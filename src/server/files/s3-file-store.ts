import { randomUUID } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { FileStore } from "./file-store.ts";

export interface S3Settings {
  /** e.g. https://s3.eu-west-2.amazonaws.com or a MinIO/R2 endpoint; omitted: AWS by region. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (bucket in the path): most self-hosted S3-compatible stores need this. */
  forcePathStyle: boolean;
}

const KEY = /^[a-z0-9-]+\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/;
const TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  pdf: "application/pdf",
};

function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid file key: ${key}`);
  return key;
}

/** The FileStore on an S3-compatible bucket; keys have the same shape as on disk. */
export function createS3FileStore(settings: S3Settings, client?: S3Client): FileStore {
  const s3 =
    client ??
    new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: {
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
      },
      // Plain Content-MD5-free uploads: many S3-compatible stores reject the newer checksum headers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  const Bucket = settings.bucket;
  return {
    async put(prefix, data, extension) {
      const key = checked(`${prefix}/${randomUUID()}.${extension}`);
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: data,
          ContentType: TYPES[extension] ?? "application/octet-stream",
          ContentLength: data.byteLength,
        }),
      );
      return key;
    },
    async get(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket, Key: checked(key) }));
        if (!out.Body) return null;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) {
          return null;
        }
        throw error;
      }
    },
    async remove(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: checked(key) }));
    },
  };
}
