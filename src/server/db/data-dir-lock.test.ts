import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock.ts";

let dataDir: string;
const lockFile = () => path.join(dataDir, "stipple.lock");

/** A pid that surely belongs to no process: a child that has already exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid as number;
}

/** The parent of this test process: alive for the whole test, and not us. */
const livePid = process.ppid;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "stipple-lock-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("acquireDataDirLock", () => {
  it("writes our pid and removes the lock on release", async () => {
    const release = await acquireDataDirLock(dataDir);
    expect((await readFile(lockFile(), "utf8")).trim()).toBe(String(process.pid));
    await release();
    expect(existsSync(lockFile())).toBe(false);
    await release();
  });

  it("creates a missing data directory", async () => {
    const nested = path.join(dataDir, "a", "b");
    const release = await acquireDataDirLock(nested);
    expect(existsSync(path.join(nested, "stipple.lock"))).toBe(true);
    await release();
  });

  it("refuses a directory held by another live process and names its pid", async () => {
    await writeFile(lockFile(), `${livePid}\n`);
    const attempt = acquireDataDirLock(dataDir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(attempt).rejects.toThrow(
      `Another Stipple server (pid ${livePid}) is already using the data directory ${dataDir}.`,
    );
    await expect(attempt).rejects.toMatchObject({ pid: livePid, dataDir });
    expect((await readFile(lockFile(), "utf8")).trim()).toBe(String(livePid));
  });

  it("replaces a stale lock left by a dead process", async () => {
    await writeFile(lockFile(), `${deadPid()}\n`);
    const release = await acquireDataDirLock(dataDir);
    expect((await readFile(lockFile(), "utf8")).trim()).toBe(String(process.pid));
    await release();
  });

  it("replaces a lock carrying our own pid (containers reuse pid 1) or garbage", async () => {
    for (const content of [`${process.pid}\n`, "", "not a pid"]) {
      await writeFile(lockFile(), content);
      const release = await acquireDataDirLock(dataDir);
      expect((await readFile(lockFile(), "utf8")).trim()).toBe(String(process.pid));
      await release();
    }
  });

  it("leaves a lock that another process took over after us", async () => {
    const release = await acquireDataDirLock(dataDir);
    await writeFile(lockFile(), `${livePid}\n`);
    await release();
    expect((await readFile(lockFile(), "utf8")).trim()).toBe(String(livePid));
  });

  it("does not pile up exit listeners", async () => {
    const before = process.listenerCount("exit");
    for (let i = 0; i < 15; i++) await (await acquireDataDirLock(dataDir))();
    expect(process.listenerCount("exit")).toBe(before);
  });
});
