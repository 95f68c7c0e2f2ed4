import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createApp } from "../app.ts";
import { createAuth } from "../auth/auth.ts";
import type { StaffRole } from "../auth/roles.ts";
import { createDatabase } from "../db/client.ts";
import { parseEnv } from "../env.ts";
import { createDiskFileStore } from "../files/file-store.ts";
import type { AppDeps } from "../http/context.ts";
import { deliverySettings } from "../jobs/delivery-settings.ts";
import { createLogger } from "../logger.ts";
import { createMailer } from "../notify/mailer.ts";
import { createTransports } from "../notify/transports.ts";
import { createPortalAuth } from "../portal/portal-auth.ts";
import { addStaffMember, createClinic, standardHours } from "../seed/clinic-setup.ts";
import { setMessagingPublicUrl } from "../use-cases/messaging/public-url.ts";
import { createTestDatabase } from "./test-database.ts";

export const TEST_ORIGIN = "http://127.0.0.1:3999";
export const TEST_PASSWORD = "correct-horse-battery";

export interface RequestOptions {
  cookie?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** The peer address the server sees (rate limits key on it). */
  ip?: string;
}

/**
 * A Stipple app on its own fresh database (cloned from the migrated template), with helpers to
 * create clinics and signed-in staff. Call `close()` in afterAll.
 */
export async function createTestApp(envOverrides: Record<string, string> = {}) {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-test-"));
  const env = parseEnv({
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PUBLIC_URL: TEST_ORIGIN,
    DEMO_DATA: "false",
    SIGN_IN_RATE_LIMIT: "1000",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    AUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
    ...envOverrides,
  });
  const log = createLogger(env.LOG_LEVEL);
  setMessagingPublicUrl(env.PUBLIC_URL);
  const { db, pool } = createDatabase(database.url, { max: 60 });
  const transports = createTransports(env);
  const mailer = createMailer(env, db, log, transports);
  const auth = createAuth({
    db,
    secret: env.AUTH_SECRET ?? "",
    publicUrl: env.PUBLIC_URL,
    signInRateLimit: env.SIGN_IN_RATE_LIMIT,
    mailer,
    log,
  });
  const portalAuth = createPortalAuth({
    db,
    secret: env.AUTH_SECRET ?? "",
    publicUrl: env.PUBLIC_URL,
    codeRateLimit: env.SIGN_IN_RATE_LIMIT,
    mailer,
    log,
  });
  const deps: AppDeps = {
    env,
    db,
    auth,
    portalAuth,
    mailer,
    files: createDiskFileStore(path.join(dataDir, "files")),
    log,
  };
  const app = createApp(deps);
  let counter = 0;

  async function request(method: string, url: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { origin: TEST_ORIGIN, ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    } else if (body !== undefined) {
      headers["content-type"] ??= "application/json";
    }
    // @hono/node-server's getConnInfo reads the socket from the env bindings.
    const bindings = {
      incoming: {
        socket: { remoteAddress: options.ip ?? "127.0.0.1", remotePort: 1, remoteFamily: "IPv4" },
      },
    };
    return app.request(url, { method, headers, body }, bindings);
  }

  async function signIn(email: string, password = TEST_PASSWORD) {
    // A fresh address per sign-in, so test set-up never trips the sign-in rate limit.
    const ip = `198.51.100.${(++counter % 250) + 1}`;
    const res = await request("POST", "/api/auth/sign-in/email", { body: { email, password }, ip });
    if (res.status !== 200)
      throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
    const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
    return cookies.join("; ");
  }

  async function addClinic(name = `Clinic ${++counter}`) {
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${counter++}-${Math.random().toString(36).slice(2, 6)}`;
    return createClinic(db, {
      name,
      slug,
      location: { name: "Main studio", timeZone: "Europe/London", city: "Southampton" },
      hours: standardHours,
      rooms: ["Room 1", "Room 2"],
    });
  }

  async function addStaff(orgId: string, role: StaffRole, name = `${role} ${++counter}`) {
    const email = `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
    const ids = await addStaffMember(db, auth, {
      orgId,
      email,
      name,
      password: TEST_PASSWORD,
      role,
    });
    const cookie = await signIn(email);
    return { ...ids, email, name, cookie };
  }

  // What dispatchDue/dispatchMessage (src/server/jobs/dispatch.ts) need to deliver in a test.
  const delivery = { db, transports, settings: deliverySettings(env), log };

  return {
    app,
    deps,
    delivery,
    db,
    env,
    request,
    signIn,
    addClinic,
    addStaff,
    async close() {
      await transports.close();
      await pool.end();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
