import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real `stipple serve` process: a second server on the same data dir refuses to start, and a
 * server killed with SIGKILL comes back with its data intact.
 */
const root = path.resolve(import.meta.dirname, "../..");
let dataDir: string;
let port: number;

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

function startServer() {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DEMO_DATA: "true",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitReady(server: ReturnType<typeof startServer>) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready:\n${server.output()}`);
}

async function signInAndCountClients() {
  const base = `http://127.0.0.1:${port}`;
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({
      email: "owner@southampton-smp.example.com",
      password: "stipple-demo-2026",
    }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const list = await fetch(`${base}/api/clients?pageSize=1`, { headers: { cookie } });
  return { cookie, total: (await list.json()).total as number };
}

let first: ReturnType<typeof startServer> | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-lifecycle-"));
  await chmod(dataDir, 0o755);
  port = await freePort();
});
afterAll(async () => {
  if (first && first.child.exitCode === null) {
    first.child.kill("SIGTERM");
    await first.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe("the server process", () => {
  it("starts with demo data, refuses a second server on the same data dir, survives SIGKILL", async () => {
    first = startServer();
    await waitReady(first);
    const before = await signInAndCountClients();
    expect(before.total).toBe(30);
    const base = `http://127.0.0.1:${port}`;
    const created = await fetch(`${base}/api/clients`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie: before.cookie },
      body: JSON.stringify({ firstName: "Survives", lastName: "Kill" }),
    });
    expect(created.status).toBe(201);

    const second = startServer();
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/already using the data directory/);
    // The first server is untouched.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    first.child.kill("SIGKILL");
    await first.exited;
    first = startServer();
    await waitReady(first);
    const after = await signInAndCountClients();
    expect(after.total).toBe(31);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
  }, 240_000);
});
