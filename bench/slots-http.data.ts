/**
 * B5's databases: a throwaway embedded PostgreSQL cluster, a clinic with 10 practitioners and 10
 * rooms, a seeded 70 %-booked 30-day diary that crosses a clock change, and years of history
 * bulk-inserted in SQL (about 20 000 appointments a year, none overlapping, all in the past).
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type IntervalArray, toIntervalArray } from "../src/domain/scheduling/busy-arrays.ts";
import { expandOpenMinutes } from "../src/domain/scheduling/expand-hours.ts";
import type { WeeklySchedule } from "../src/domain/scheduling/opening-hours.ts";
import { addDays, epochToLocal, zonedDayBounds } from "../src/domain/time/zoned.ts";
import { createAuth } from "../src/server/auth/auth.ts";
import { createDatabase } from "../src/server/db/client.ts";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../src/server/db/embedded.ts";
import { runMigrations } from "../src/server/db/migrate.ts";
import { service } from "../src/server/db/schema/index.ts";
import { parseEnv } from "../src/server/env.ts";
import { createLogger } from "../src/server/logger.ts";
import { createMailer } from "../src/server/notify/mailer.ts";
import { addStaffMember, createClinic, standardHours } from "../src/server/seed/clinic-setup.ts";

export const ZONE = "Europe/London";
const PRACTITIONERS = 10;
const CLIENTS = 500;
const MINUTE = 60_000;

export const monSat: WeeklySchedule = {
  weekly: [1, 2, 3, 4, 5, 6].map((weekday) => ({
    weekday: weekday as 1,
    opens: "09:00",
    closes: "18:00",
  })),
  special: [],
};

export interface Resource {
  id: string;
  /** The future diary's busy time, as generated, in epoch minutes. */
  busy: IntervalArray;
}

export interface Clinic {
  orgId: string;
  locationId: string;
  /** A 60-minute consultation with 15 minutes of clean-up, in a room. */
  serviceId: string;
  email: string;
  password: string;
  /** First local date of the 30-day window; the window crosses a clock change. */
  fromDate: string;
  /** In the order the API lists them (by name). */
  practitioners: Resource[];
  rooms: Resource[];
  clientIds: string[];
}

export interface BenchCluster {
  dataDir: string;
  databaseUrl(name: string): string;
  createClinicDatabase(name: string): Promise<Clinic>;
  copyDatabase(from: string, to: string): Promise<void>;
  stop(): Promise<void>;
}

/** mulberry32: every run books the same diary. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** From tomorrow, or 15 days before the next clock change, so the 30 days cross it. */
function windowStart(): string {
  const tomorrow = addDays(epochToLocal(Date.now(), ZONE).date, 1);
  for (let i = 1; i < 400; i++) {
    const day = addDays(tomorrow, i);
    const { start, end } = zonedDayBounds(day, ZONE);
    if (end - start !== 1440 * MINUTE) {
      const from = addDays(day, -15);
      if (from <= tomorrow) return tomorrow;
      return from;
    }
  }
  throw new Error(`B5: no clock change in ${ZONE} within 400 days`);
}

export async function startCluster(): Promise<BenchCluster> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-bench-"));
  // Postgres runs as the postgres user when we are root.
  await chmod(dataDir, 0o755);
  const log = createLogger("silent");
  let embedded: EmbeddedDatabase;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, log });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const databaseUrl = (name: string) => {
    const url = new URL(embedded.url);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    dataDir,
    databaseUrl,
    async createClinicDatabase(name) {
      await admin(`create database ${name}`);
      await runMigrations(databaseUrl(name));
      return seedClinic(databaseUrl(name), dataDir);
    },
    async copyDatabase(from, to) {
      await admin(`create database ${to} template ${from} strategy file_copy`);
    },
    async stop() {
      await embedded.stop();
      const folders = [dataDir, embedded.pgDataDir];
      await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** The clinic, its staff and clients, and the future diary; the database is vacuumed after. */
async function seedClinic(url: string, dataDir: string): Promise<Clinic> {
  const env = parseEnv({ DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const log = createLogger("silent");
  const { db, pool } = createDatabase(url);
  try {
    const auth = createAuth({
      db,
      secret: "bench-secret-bench-secret-bench-secret-0123456789",
      publicUrl: env.PUBLIC_URL,
      signInRateLimit: 1000,
      mailer: createMailer(env, db, log),
      log,
    });
    const rooms = Array.from({ length: PRACTITIONERS }, (_, i) => `Room ${pad(i + 1)}`);
    const c = await createClinic(db, {
      name: "Bench Clinic",
      slug: "bench-clinic",
      location: { name: "Main studio", timeZone: ZONE, city: "Southampton" },
      hours: standardHours,
      rooms,
    });
    const password = "bench-password-123";
    const email = "owner@bench.example.com";
    const members: string[] = [];
    for (let i = 1; i <= PRACTITIONERS; i++) {
      const staff = await addStaffMember(db, auth, {
        orgId: c.orgId,
        email: i === 1 ? email : `practitioner${i}@bench.example.com`,
        name: `Practitioner ${pad(i)}`,
        password,
        role: i === 1 ? "owner" : "practitioner",
      });
      members.push(staff.memberId);
    }
    const [svc] = await db
      .insert(service)
      .values({
        orgId: c.orgId,
        name: "Long consultation",
        kind: "consultation",
        durationMin: 60,
        bufferAfterMin: 15,
        needsRoom: true,
        pricePence: 0,
        colour: "#228be6",
      })
      .returning({ id: service.id });
    const clients = await pool.query<{ id: string }>(
      `insert into client (org_id, first_name, last_name)
       select $1, 'Client', 'No. ' || g from generate_series(1, ${CLIENTS}) g returning id`,
      [c.orgId],
    );
    const clinic: Clinic = {
      orgId: c.orgId,
      locationId: c.locationId,
      serviceId: svc?.id as string,
      email,
      password,
      fromDate: windowStart(),
      practitioners: [],
      rooms: [],
      clientIds: clients.rows.map((r) => r.id),
    };
    const roomIds = rooms.map((n) => c.rooms.find((r) => r.name === n)?.id as string);
    await bookFutureWindow(pool, clinic, members, roomIds);
    await pool.query("vacuum (analyze) appointment");
    return clinic;
  } finally {
    await pool.end();
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * About 70 % of each practitioner's open time in the window, in blocks of 30–90 minutes (the last
 * 15 of each being clean-up, unless closing time cut the block short), each practitioner in their own room; some free blocks hold a
 * cancelled appointment, which must not count.
 */
async function bookFutureWindow(
  pool: pg.Pool,
  clinic: Clinic,
  members: string[],
  roomIds: string[],
): Promise<void> {
  const rand = random(5);
  const open = expandOpenMinutes(monSat, ZONE, clinic.fromDate, addDays(clinic.fromDate, 30));
  const rows = { client: [] as string[], member: [] as string[], room: [] as string[] };
  const times = { starts: [] as Date[], ends: [] as Date[], busyTo: [] as Date[] };
  const status: string[] = [];
  for (const [p, memberId] of members.entries()) {
    const busy: { start: number; end: number }[] = [];
    for (let i = 0; i < open.length; i += 2) {
      let t = open[i] as number;
      const close = open[i + 1] as number;
      while (t < close) {
        const end = Math.min(t + ([30, 45, 60, 90][Math.floor(rand() * 4)] as number), close);
        const booked = rand() < 0.7;
        if (booked || rand() < 0.2) {
          rows.client.push(clinic.clientIds[Math.floor(rand() * CLIENTS)] as string);
          rows.member.push(memberId);
          rows.room.push(roomIds[p] as string);
          times.starts.push(new Date(t * MINUTE));
          times.ends.push(new Date((end - (end - t >= 30 ? 15 : 0)) * MINUTE));
          times.busyTo.push(new Date(end * MINUTE));
          status.push(booked ? "booked" : "cancelled");
          if (booked) busy.push({ start: t, end });
        }
        t = end;
      }
    }
    const arr = toIntervalArray(busy);
    clinic.practitioners.push({ id: memberId, busy: arr });
    clinic.rooms.push({ id: roomIds[p] as string, busy: arr });
  }
  await pool.query(
    `insert into appointment (org_id, location_id, service_id, client_id, practitioner_id, room_id,
                              starts_at, ends_at, busy_from, busy_to, status)
     select $1, $2, $3, c, p, r, s, e, s, b, st
       from unnest($4::uuid[], $5::text[], $6::uuid[], $7::timestamptz[], $8::timestamptz[],
                   $9::timestamptz[], $10::text[]) as u(c, p, r, s, e, b, st)`,
    [
      clinic.orgId,
      clinic.locationId,
      clinic.serviceId,
      rows.client,
      rows.member,
      rows.room,
      times.starts,
      times.ends,
      times.busyTo,
      status,
    ],
  );
}

/**
 * Adds the history between `fromYears` and `toYears` years before today: Monday to Saturday, an
 * hourly 45-minute appointment (plus 15 of clean-up) per practitioner and hour, 70 % of hours
 * booked (a few no-shows), 2 % cancelled; then vacuums and analyses as autovacuum would.
 */
export async function historyStage(
  url: string,
  clinic: Clinic,
  fromYears: number,
  toYears: number,
): Promise<void> {
  const today = epochToLocal(Date.now(), ZONE).date;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into appointment (org_id, location_id, service_id, client_id, practitioner_id,
                                room_id, starts_at, ends_at, busy_from, busy_to, status)
       select $1, $2, $3, ($6::uuid[])[(1 + h.v % cardinality($6::uuid[]))::int],
              ($4::text[])[p], ($5::uuid[])[p],
              s.at, s.at + interval '45 minutes', s.at, s.at + interval '60 minutes',
              case when h.v % 100 < 66 then 'completed'
                   when h.v % 100 < 70 then 'no_show' else 'cancelled' end
         from generate_series($7::date, $8::date - 1, interval '1 day') as d(day)
        cross join generate_series(1, cardinality($4::text[])) as p
        cross join generate_series(0, 8) as k
        cross join lateral (select abs(hashint8(
               (d.day::date - date '2000-01-01')::bigint * 1000 + p * 10 + k)::bigint) as v) h
        cross join lateral (select (d.day::date + make_interval(hours => 9 + k))
               at time zone '${ZONE}' as at) s
        where extract(isodow from d.day) < 7 and h.v % 100 < 72`,
      [
        clinic.orgId,
        clinic.locationId,
        clinic.serviceId,
        clinic.practitioners.map((p) => p.id),
        clinic.rooms.map((r) => r.id),
        clinic.clientIds,
        addDays(today, -365 * toYears),
        addDays(today, -365 * fromYears),
      ],
    );
    await client.query("vacuum (analyze) appointment");
  } finally {
    await client.end();
  }
}
