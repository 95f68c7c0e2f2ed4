import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./context.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
export const webDist = path.join(root, "dist", "web");

/** Serves the built staff app, with index.html for every client-side route. */
export function mountWebApp(app: Hono<AppEnv>) {
  const relativeRoot = path.relative(process.cwd(), webDist) || ".";
  app.use(
    "/assets/*",
    serveStatic({
      root: relativeRoot,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("/favicon.svg", serveStatic({ root: relativeRoot }));
  const indexFile = path.join(webDist, "index.html");
  let cached: { mtimeMs: number; html: string } | null = null;
  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    // Re-read after a rebuild: the old hashed assets it pointed at are gone.
    const info = await stat(indexFile).catch(() => null);
    if (info && cached?.mtimeMs !== info.mtimeMs) {
      cached = { mtimeMs: info.mtimeMs, html: await readFile(indexFile, "utf8") };
    }
    const indexHtml = info ? cached?.html : null;
    if (!indexHtml) {
      return c.text(
        "The web app is not built. Run `npm run build:web` (npm start does this for you).",
        503,
      );
    }
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
