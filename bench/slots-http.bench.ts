/**
 * B5: GET /api/slots end to end (HTTP on loopback, the real app, PostgreSQL) with 0, 1, 5 and 20
 * years of history before the window. One database is built with the clinic and a 70 %-booked
 * 30-day future window, then copied (CREATE DATABASE … TEMPLATE) and given more history, so the
 * four databases differ only in their past. Each gets its own app on its own port; requests go
 * round-robin across the four so that load from elsewhere on the machine hits them alike.
 */
import type { AddressInfo } from "node:net";
import { isDeepStrictEqual } from "node:util";
import { serve } from "@hono/node-server";
import { toIntervalArray } from "../src/domain/scheduling/busy-arrays.ts";
import { expandOpenMinutes } from "../src/domain/scheduling/expand-hours.ts";
import { findSlots, type SlotQuery } from "../src/domain/scheduling/slots.ts";
import { addDays, zonedDayBounds } from "../src/domain/time/zoned.ts";
import { createApp } from "../src/server/app.ts";
import { createAuth } from "../src/server/auth/auth.ts";
import { createDatabase } from "../src/server/db/client.ts";
import { parseEnv } from "../src/server/env.ts";
import { createDiskFileStore } from "../src/server/files/file-store.ts";
import { createLogger } from "../src/server/logger.ts";
import { createMailer } from "../src/server/notify/mailer.ts";
import { createPortalAuth } from "../src/server/portal/portal-auth.ts";
import type { BenchResult, Scenario } from "./harness.ts";
import {
  type BenchCluster,
  type Clinic,
  historyStage,
  monSat,
  startCluster,
  ZONE,
} from "./slots-http.data.ts";

const ORIGIN = "http://127.0.0.1:3999";
const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";
const YEARS = [0, 1, 5, 20] as const;
const RUNS = 61;
const WARMUP = 10;
const MINUTE = 60_000;

interface Running {
  years: number;
  base: string;
  cookie: string;
  appointments: number;
  close(): Promise<void>;
}

/** The real app (auth, middleware, routes) on one database, served on a loopback port. */
async function startApp(cluster: BenchCluster, database: string, years: number, clinic: Clinic) {
  const url = cluster.databaseUrl(database);
  const env = parseEnv({
    NODE_ENV: "production",
    DATABASE_URL: url,
    DATA_DIR: cluster.dataDir,
    PUBLIC_URL: ORIGIN,
    DEMO_DATA: "false",
    LOG_LEVEL: "silent",
    AUTH_SECRET: SECRET,
    SIGN_IN_RATE_LIMIT: "1000",
  });
  const log = createLogger("silent");
  const { db, pool } = createDatabase(url);
  const mailer = createMailer(env, db, log);
  const auth = createAuth({
    db,
    secret: SECRET,
    publicUrl: ORIGIN,
    signInRateLimit: 1000,
    mailer,
    log,
  });
  const files = createDiskFileStore(`${cluster.dataDir}/files`);
  const portalAuth = createPortalAuth({
    db,
    secret: SECRET,
    publicUrl: ORIGIN,
    codeRateLimit: 1000,
    mailer,
    log,
  });
  const app = createApp({ env, db, auth, portalAuth, mailer, files, log });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ email: clinic.email, password: clinic.password }),
  });
  if (signIn.status !== 200) throw new Error(`B5: sign-in failed (${signIn.status})`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const count = await pool.query<{ n: number }>(
    "select count(*)::int as n from appointment where status <> 'cancelled'",
  );
  return {
    years,
    base,
    cookie,
    appointments: count.rows[0]?.n ?? 0,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  } satisfies Running;
}

async function getSlots(app: Running, clinic: Clinic): Promise<string> {
  const q = `locationId=${clinic.locationId}&serviceId=${clinic.serviceId}&from=${clinic.fromDate}&days=30`;
  const res = await fetch(`${app.base}/api/slots?${q}`, { headers: { cookie: app.cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`B5: GET /api/slots answered ${res.status}: ${text}`);
  return text;
}

/** The answer the engine gives in process, from the diary as generated (not as read back). */
function engineAnswer(clinic: Clinic) {
  const toDate = addDays(clinic.fromDate, 30);
  const from = zonedDayBounds(clinic.fromDate, ZONE).start / MINUTE;
  const to = zonedDayBounds(toDate, ZONE).start / MINUTE;
  const open = expandOpenMinutes(monSat, ZONE, clinic.fromDate, toDate);
  const wholeWindow = toIntervalArray([{ start: from - 1440, end: to + 1440 }]);
  const query: SlotQuery = {
    from,
    to,
    durationMin: 60,
    bufferBeforeMin: 0,
    bufferAfterMin: 15,
    stepMin: 15,
    open,
    practitioners: clinic.practitioners.map((p) => ({ id: p.id, available: open, busy: p.busy })),
    rooms: clinic.rooms.map((r) => ({ id: r.id, available: wholeWindow, busy: r.busy })),
    notBefore: from,
  };
  const r = findSlots(query);
  return Array.from(r.starts, (start, k) => ({
    startsAt: new Date(start * MINUTE).toISOString(),
    endsAt: new Date((start + 60) * MINUTE).toISOString(),
    practitionerId: clinic.practitioners[r.practitioner[k] as number]?.id,
    roomId: clinic.rooms[r.room[k] as number]?.id,
  }));
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export const slotsOverHttp: Scenario = {
  id: "B5",
  title: "Slots over HTTP + PostgreSQL, 0/1/5/20 years of history, 20 y ÷ none (target ≤ 1.2)",
  async run(): Promise<BenchResult> {
    const cluster = await startCluster();
    const apps: Running[] = [];
    try {
      const clinic = await cluster.createClinicDatabase("b5_0");
      // Each database starts as a copy of the one before and adds the years it lacks.
      for (const [k, years] of YEARS.entries()) {
        if (k === 0) continue;
        const before = YEARS[k - 1] as number;
        await cluster.copyDatabase(`b5_${before}`, `b5_${years}`);
        await historyStage(cluster.databaseUrl(`b5_${years}`), clinic, before, years);
      }
      for (const years of YEARS) {
        apps.push(await startApp(cluster, `b5_${years}`, years, clinic));
      }

      // Before timing: every database answers alike, and as the engine does in process.
      const answers = await Promise.all(apps.map((a) => getSlots(a, clinic)));
      if (answers.some((a) => a !== answers[0])) {
        throw new Error("B5: the answer changed with history outside the window");
      }
      const body = JSON.parse(answers[0] as string) as {
        practitioners: { id: string }[];
        rooms: { id: string }[];
        slots: unknown[];
      };
      if (
        !isDeepStrictEqual(
          body.practitioners.map((p) => p.id),
          clinic.practitioners.map((p) => p.id),
        ) ||
        !isDeepStrictEqual(
          body.rooms.map((r) => r.id),
          clinic.rooms.map((r) => r.id),
        ) ||
        !isDeepStrictEqual(body.slots, engineAnswer(clinic))
      ) {
        throw new Error("B5: GET /api/slots differs from findSlots on the same diary");
      }

      const times: number[][] = apps.map(() => []);
      for (let i = 0; i < WARMUP + RUNS; i++) {
        for (let j = 0; j < apps.length; j++) {
          const k = (i + j) % apps.length;
          const app = apps[k] as Running;
          const ms = await timeOnce(() => getSlots(app, clinic));
          if (i >= WARMUP) times[k]?.push(ms);
        }
      }
      // The floor: what any request costs here, an HTTP round trip and one trivial query.
      const readyz: number[] = [];
      const last = apps.at(-1) as Running;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const ms = await timeOnce(async () => (await fetch(`${last.base}/readyz`)).text());
        if (i >= WARMUP) readyz.push(ms);
      }

      const medians = times.map(median);
      const none = medians[0] as number;
      const twenty = medians.at(-1) as number;
      return {
        id: "B5",
        title: slotsOverHttp.title,
        median_ms: round(twenty),
        floor_median_ms: round(median(readyz)),
        ratio: round(twenty / none),
        runs: RUNS,
        slots: body.slots.length,
        window: { from: clinic.fromDate, days: 30, timeZone: ZONE },
        // Every size against none, not only 20 years: a plan that changes midway shows here.
        max_ratio: round(Math.max(...medians) / none),
        points: apps.map((a, k) => ({
          years: a.years,
          appointments: a.appointments,
          median_ms: round(medians[k] as number),
          ratio: round((medians[k] as number) / none),
        })),
      };
    } finally {
      for (const app of apps) await app.close().catch(() => {});
      await cluster.stop();
    }
  },
};
