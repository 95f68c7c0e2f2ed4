import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, epochToLocal, wallClockToEpoch, weekdayOf } from "../../../domain/time/zoned.ts";
import { createClinic, standardHours } from "../../seed/clinic-setup.ts";
import { clientWithAcceptedPlan } from "../../testing/plan-fixtures.ts";
import { createTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from "../../testing/test-app.ts";

/**
 * Issue #4, acceptance 2: two real `stipple serve` processes on one database take 200 concurrent
 * course bookings whose sessions collide (whole courses, single sessions, partly overlapping
 * times, a room wanted by two practitioners). The database must end with no overlap on any
 * practitioner or room, every course whole, and every loser told 409 with fresh alternatives.
 */
const root = path.resolve(import.meta.dirname, "../../../..");
const ZONE = "Europe/London";
const ATTEMPTS = 200;
const PLANS = 25;
const AUTH_SECRET = "race-secret-race-secret-race-secret-0123456789";

interface Server {
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
  dataDir: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** A real server process on the shared database, with its own data dir (and so its own lock). */
async function startServer(databaseUrl: string): Promise<Server> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-race-"));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      PORT: String(port),
      // Both answer for the same public address, as behind one load balancer.
      PUBLIC_URL: TEST_ORIGIN,
      AUTH_SECRET,
      DEMO_DATA: "false",
      SIGN_IN_RATE_LIMIT: "1000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { base: `http://127.0.0.1:${port}`, child, exited, output: () => output, dataDir };
}

async function waitReady(server: Server): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      if ((await fetch(`${server.base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready:\n${server.output()}`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await rm(server.dataDir, { recursive: true, force: true });
}

async function signIn(server: Server, email: string): Promise<string> {
  const res = await fetch(`${server.base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function post(server: Server, cookie: string, url: string, body: unknown) {
  return fetch(`${server.base}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie },
    body: JSON.stringify(body),
  });
}

interface SessionChoice {
  startsAt: string;
  practitionerId: string;
  roomId: string | null;
}

let t: TestApp;
let servers: Server[] = [];
let clinic: Awaited<ReturnType<typeof createClinic>>;
let staff: Awaited<ReturnType<TestApp["addStaff"]>>[];
let treatmentId: string;
let plans: string[];

beforeAll(async () => {
  t = await createTestApp();
  // Both servers start (tsx compiles the app) while the clinic and its plans are made.
  const starting = Promise.all([
    startServer(t.env.DATABASE_URL ?? ""),
    startServer(t.env.DATABASE_URL ?? ""),
  ]);
  starting.then((s) => (servers = s)).catch(() => {});
  clinic = await createClinic(t.db, {
    name: "Race Clinic",
    slug: `race-${Math.random().toString(36).slice(2, 8)}`,
    location: { name: "Main studio", timeZone: ZONE, city: "Southampton" },
    hours: standardHours,
    rooms: ["Room 1", "Room 2", "Room 3"],
  });
  staff = [];
  for (const name of ["Alex Morgan", "Jamie Lee", "Sam Carter"]) {
    staff.push(await t.addStaff(clinic.orgId, "practitioner", name));
  }
  treatmentId = clinic.services.find((s) => s.kind === "treatment")?.id as string;
  const today = epochToLocal(Date.now(), ZONE).date;
  plans = [];
  for (let i = 0; i < PLANS; i += 5) {
    const batch = await Promise.all(
      Array.from({ length: 5 }, (_, k) =>
        clientWithAcceptedPlan(t, staff[(i + k) % 3] as (typeof staff)[0], clinic.orgId, today),
      ),
    );
    plans.push(...batch.map((b) => b.planId));
  }
  servers = await starting;
  await Promise.all(servers.map(waitReady));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map(stopServer));
  await t?.close();
});

/** The next Monday at least `days` ahead of today in the clinic's zone. */
function mondayAfter(days: number): string {
  let d = addDays(epochToLocal(Date.now(), ZONE).date, days);
  while (weekdayOf(d) !== 1) d = addDays(d, 1);
  return d;
}

/**
 * Every course the race may ask for: for each practitioner, in their own room or the next one,
 * session 1 on Monday or Tuesday, session 2 two weeks later (Monday or Tuesday), session 3 two
 * weeks after that, all at 09:00 or all at 10:30. Two candidates collide on a practitioner
 * whenever they share a day (same start, or 90 minutes apart and overlapping), and on a room
 * across practitioners; choices that differ on two sessions collide on the third alone.
 */
function candidateCourses(monday: string): SessionChoice[][] {
  const out: SessionChoice[][] = [];
  for (const [p, member] of staff.entries()) {
    for (const roomShift of [0, 1]) {
      const roomId = clinic.rooms[(p + roomShift) % clinic.rooms.length]?.id as string;
      for (const d1 of [0, 1])
        for (const d2 of [14, 15])
          for (const d3 of [28, 29])
            for (const at of [9 * 60, 10 * 60 + 30]) {
              out.push(
                [d1, d2, d3].map((offset) => ({
                  startsAt: new Date(
                    wallClockToEpoch(addDays(monday, offset), at, ZONE),
                  ).toISOString(),
                  practitionerId: member.memberId,
                  roomId,
                })),
              );
            }
    }
  }
  return out;
}

/** mulberry32, so every run makes the same choices. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  server: number;
  planId: string;
  sessions: SessionChoice[];
  status: number;
  contentType: string;
  body: Record<string, unknown>;
}

describe("two servers, one database, 200 colliding course bookings", () => {
  it("books whole courses only, never overlapping; every loser gets 409 with alternatives", async () => {
    const cookies = await Promise.all(
      servers.map((s, i) => signIn(s, (staff[i] as (typeof staff)[0]).email)),
    );
    // The plan's own session lengths, read through a proposal from the first server.
    const proposalRes = await post(
      servers[0] as Server,
      cookies[0] as string,
      `/api/plans/${plans[0]}/course-proposal`,
      { locationId: clinic.locationId, serviceId: treatmentId },
    );
    expect(proposalRes.status).toBe(200);
    const proposal = (await proposalRes.json()) as { best: { durationMin: number }[] };
    // Sessions of 90 minutes or more: a 09:00 and a 10:30 start on one day always overlap.
    expect(proposal.best.map((s) => s.durationMin >= 90)).toEqual([true, true, true]);
    const pool = candidateCourses(mondayAfter(21));

    const rand = random(4);
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) => ({
      server: i % 2,
      planId: plans[i % PLANS] as string,
      sessions: pool[Math.floor(rand() * pool.length)] as SessionChoice[],
    }));
    const outcomes: Outcome[] = await Promise.all(
      attempts.map(async (a) => {
        const res = await post(
          servers[a.server] as Server,
          cookies[a.server] as string,
          `/api/plans/${a.planId}/course`,
          { locationId: clinic.locationId, serviceId: treatmentId, sessions: a.sessions },
        );
        return {
          ...a,
          status: res.status,
          contentType: res.headers.get("content-type") ?? "",
          body: (await res.json()) as Record<string, unknown>,
        };
      }),
    );

    const statuses = outcomes.map((o) => o.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s !== 201 && s !== 409 && s !== 422)).toEqual([]);
    const won = outcomes.filter((o) => o.status === 201);
    const lost = outcomes.filter((o) => o.status === 409);
    // 422 only for a plan whose course another attempt booked first.
    for (const o of outcomes.filter((x) => x.status === 422)) {
      expect(o.body.code).toBe("course_already_booked");
      expect(won.some((w) => w.planId === o.planId)).toBe(true);
    }
    expect(won.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(ATTEMPTS / 2);
    // Both servers took part in the race and turned losers away.
    for (const server of [0, 1]) expect(lost.some((o) => o.server === server)).toBe(true);
    for (const o of lost) {
      expect(o.contentType).toMatch(/application\/problem\+json/);
      const alternatives = o.body.alternatives as {
        planId: string;
        best: { session: number; startsAt: string }[] | null;
      } | null;
      expect(alternatives?.planId).toBe(o.planId);
      expect(alternatives?.best?.map((s) => s.session)).toEqual([1, 2, 3]);
    }
    // One course per plan at most, whichever server booked it.
    expect(new Set(won.map((o) => o.planId)).size).toBe(won.length);

    const courses = await t.db.execute<{
      id: string;
      plan_id: string;
      live: number;
      sessions: number[];
    }>(sql`
      select c.id, c.plan_id, count(a.id) filter (where a.status <> 'cancelled')::int as live,
             array_agg(a.course_session order by a.course_session) as sessions
        from course c left join appointment a on a.course_id = c.id
       where c.org_id = ${clinic.orgId}
       group by c.id, c.plan_id`);
    expect(courses.rows).toHaveLength(won.length);
    expect(new Set(courses.rows.map((c) => c.id))).toEqual(
      new Set(won.map((o) => o.body.courseId as string)),
    );
    for (const c of courses.rows) {
      expect(c.live).toBe(3);
      expect(c.sessions).toEqual([1, 2, 3]);
    }
    // No appointment outside a course: the losers left nothing behind.
    const stray = await t.db.execute<{ n: number }>(sql`
      select count(*)::int as n from appointment
       where org_id = ${clinic.orgId} and (course_id is null or status = 'cancelled')`);
    expect(stray.rows[0]?.n).toBe(0);

    // Each winner's appointments are exactly the sessions it asked for.
    const rows = await t.db.execute<{
      course_id: string;
      course_session: number;
      starts_at: Date | string;
      practitioner_id: string;
      room_id: string | null;
    }>(sql`
      select course_id, course_session, starts_at, practitioner_id, room_id from appointment
       where org_id = ${clinic.orgId} order by course_id, course_session`);
    for (const w of won) {
      const mine = rows.rows.filter((r) => r.course_id === w.body.courseId);
      expect(
        mine.map((r) => ({
          startsAt: new Date(r.starts_at).toISOString(),
          practitionerId: r.practitioner_id,
          roomId: r.room_id,
        })),
      ).toEqual(w.sessions);
    }

    // The exclusion constraints held: no two live busy ranges meet on a practitioner or a room.
    const overlaps = await t.db.execute<{ n: number }>(sql`
      select count(*)::int as n from appointment a join appointment b
          on a.id < b.id
         and (a.practitioner_id = b.practitioner_id or a.room_id = b.room_id)
         and tstzrange(a.busy_from, a.busy_to, '[)') && tstzrange(b.busy_from, b.busy_to, '[)')
       where a.org_id = ${clinic.orgId} and b.org_id = ${clinic.orgId}
         and a.status <> 'cancelled' and b.status <> 'cancelled'`);
    expect(overlaps.rows[0]?.n).toBe(0);
  }, 180_000);
});
