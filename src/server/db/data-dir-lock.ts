import { readFileSync, unlinkSync } from "node:fs";
import { link, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";

const LOCK_NAME = "stipple.lock";

/** Thrown when a live Stipple process already owns the data directory. */
export class DataDirLockedError extends Error {
  override readonly name = "DataDirLockedError";

  constructor(
    readonly pid: number,
    readonly dataDir: string,
  ) {
    super(
      `Another Stipple server (pid ${pid}) is already using the data directory ${dataDir}. ` +
        "Stop it first, or set DATA_DIR to another folder.",
    );
  }
}

/** True when a process with this pid exists, even if it belongs to another user (EPERM). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parsePid(text: string): number | null {
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function readLockPid(file: string): Promise<number | null> {
  try {
    return parsePid(await readFile(file, "utf8"));
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Takes `<dataDir>/stipple.lock` so that two servers never share one data directory (and so one
 * embedded Postgres cluster). Resolves to a function that releases the lock.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  const lockFile = path.join(dir, LOCK_NAME);
  await mkdir(dir, { recursive: true });

  // Each pass either creates the lock or clears one stale lock; a few passes cover racing starters.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(lockFile, "wx", 0o644);
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return holdLock(lockFile);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }

    const holder = await readLockPid(lockFile);
    // Our own pid in the file is stale too: in containers every run is pid 1.
    if (holder !== null && holder !== process.pid && isProcessAlive(holder)) {
      throw new DataDirLockedError(holder, dir);
    }
    await clearStaleLock(lockFile, holder, dir);
  }
  throw new Error(
    `Could not take the lock ${lockFile}: it keeps changing. Is another server starting?`,
  );
}

/**
 * Moves the stale lock aside instead of deleting it by name: if another starter replaced it with a
 * live lock in the meantime we have moved *that* one, notice, and put it back.
 */
async function clearStaleLock(lockFile: string, stalePid: number | null, dir: string) {
  const aside = `${lockFile}.${process.pid}.${Date.now()}.stale`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  const moved = await readLockPid(aside);
  if (moved !== stalePid && moved !== null && moved !== process.pid && isProcessAlive(moved)) {
    await link(aside, lockFile).catch(() => {});
    await unlink(aside).catch(() => {});
    throw new DataDirLockedError(moved, dir);
  }
  await unlink(aside).catch(() => {});
}

function holdLock(lockFile: string): () => Promise<void> {
  const ours = () => {
    try {
      return parsePid(readFileSync(lockFile, "utf8")) === process.pid;
    } catch {
      return false;
    }
  };
  // Async work cannot run on 'exit', so this last-chance release is synchronous.
  const onExit = () => {
    if (ours()) {
      try {
        unlinkSync(lockFile);
      } catch {
        // The next start treats a dead pid as stale anyway.
      }
    }
  };
  process.on("exit", onExit);

  let released = false;
  return async () => {
    if (released) return;
    released = true;
    process.removeListener("exit", onExit);
    if ((await readLockPid(lockFile)) === process.pid) {
      await unlink(lockFile).catch((error: unknown) => {
        if (errorCode(error) !== "ENOENT") throw error;
      });
    }
  };
}
