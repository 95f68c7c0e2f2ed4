import { readFile } from "node:fs/promises";
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
  let indexHtml: string | null = null;
  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    indexHtml ??= await readFile(path.join(webDist, "index.html"), "utf8").catch(() => null);
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
