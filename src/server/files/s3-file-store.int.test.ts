import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3FileStore } from "./s3-file-store.ts";

/**
 * A minimal S3-compatible stand-in on loopback: PUT/GET/DELETE of path-style objects, refusing any
 * request without a SigV4 Authorization header for the configured access key. It does not verify
 * the signature itself; it checks what the adapter sends and that objects round-trip.
 */
const objects = new Map<string, { body: Buffer; type: string }>();
const seen: { method: string; path: string; auth: string; type?: string }[] = [];
let server: Server;
let endpoint: string;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const auth = req.headers.authorization ?? "";
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    seen.push({ method: req.method ?? "", path, auth, type: req.headers["content-type"] });
    if (!/^AWS4-HMAC-SHA256 Credential=TESTKEY\/\d{8}\/eu-west-2\/s3\/aws4_request/.test(auth)) {
      res.writeHead(403, { "content-type": "application/xml" });
      res.end("<Error><Code>AccessDenied</Code><Message>no signature</Message></Error>");
      return;
    }
    const body = await readBody(req);
    if (req.method === "PUT") {
      objects.set(path, { body, type: req.headers["content-type"] ?? "" });
      res.writeHead(200, { etag: '"1"' });
      res.end();
    } else if (req.method === "GET") {
      const found = objects.get(path);
      if (!found) {
        res.writeHead(404, { "content-type": "application/xml" });
        res.end("<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>");
        return;
      }
      res.writeHead(200, { "content-type": found.type, "content-length": found.body.length });
      res.end(found.body);
    } else if (req.method === "DELETE") {
      objects.delete(path);
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(405);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = () => ({
  endpoint,
  bucket: "clinic-files",
  region: "eu-west-2",
  accessKeyId: "TESTKEY",
  secretAccessKey: "test-secret-key",
  forcePathStyle: true,
});

describe("S3 file store", () => {
  it("puts, gets and removes objects in the bucket with signed requests", async () => {
    const store = createS3FileStore(settings());
    const data = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const key = await store.put("photos", data, "jpg");
    expect(key).toMatch(/^photos\/[0-9a-f-]{36}\.jpg$/);
    expect(objects.get(`/clinic-files/${key}`)?.type).toBe("image/jpeg");
    expect(await store.get(key)).toEqual(data);
    await store.remove(key);
    expect(await store.get(key)).toBeNull();
    expect(seen.map((s) => s.method)).toEqual(["PUT", "GET", "DELETE", "GET"]);
    expect(seen.every((s) => s.path === `/clinic-files/${key}`)).toBe(true);
  });

  it("fails loudly when the store refuses the credentials", async () => {
    const store = createS3FileStore({ ...settings(), accessKeyId: "WRONG" });
    await expect(store.put("photos", Buffer.from("x"), "jpg")).rejects.toThrow();
  });

  it("refuses keys that are not the store's own", async () => {
    const store = createS3FileStore(settings());
    await expect(store.get("../etc/passwd")).rejects.toThrow(/invalid file key/);
  });
});

describe("file store selection", () => {
  it("uses the bucket when S3 is configured and disk otherwise", async () => {
    const { parseEnv } = await import("../env.ts");
    const { createFileStore } = await import("./select-store.ts");
    expect(createFileStore(parseEnv({ DATA_DIR: "/tmp/stipple-x" })).kind).toBe("disk");
    const env = parseEnv({
      DATA_DIR: "/tmp/stipple-x",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: "clinic-files",
      S3_REGION: "eu-west-2",
      S3_ACCESS_KEY_ID: "TESTKEY",
      S3_SECRET_ACCESS_KEY: "test-secret-key",
      S3_FORCE_PATH_STYLE: "true",
    });
    const { store, kind } = createFileStore(env);
    expect(kind).toBe("s3");
    const key = await store.put("photos", Buffer.from("selected"), "jpg");
    expect(objects.get(`/clinic-files/${key}`)?.body.toString()).toBe("selected");
    expect(() => parseEnv({ S3_BUCKET: "clinic-files" })).toThrow(/S3_ACCESS_KEY_ID/);
  });
});
