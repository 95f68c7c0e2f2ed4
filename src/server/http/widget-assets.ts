import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { Executor } from "../db/client.ts";
import { loadPublicBookingBySlug } from "../use-cases/public-booking/settings-store.ts";
import type { AppEnv } from "./context.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
export const widgetFile = path.join(root, "dist", "widget", "stipple-booking.js");
export const WIDGET_PATH = "/widget/stipple-booking.js";

const SLUG = /^[a-z0-9-]{1,100}$/;
/** Without the content hash in the URL (the embed snippet), browsers check back after this. */
const SHORT_CACHE = "public, max-age=300";
const LONG_CACHE = "public, max-age=31536000, immutable";

let cached: { mtimeMs: number; body: Buffer; hash: string } | null = null;

/** The built bundle and its content hash, re-read after a rebuild; null when not built. */
async function loadWidget() {
  const info = await stat(widgetFile).catch(() => null);
  if (!info) return null;
  if (cached?.mtimeMs !== info.mtimeMs) {
    const body = await readFile(widgetFile);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
    cached = { mtimeMs: info.mtimeMs, body, hash };
  }
  return cached;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}

const PAGE_STYLE =
  "html,body{margin:0;min-height:100%;background:#eef1f4;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1f24}" +
  ".gone{max-width:480px;margin:15vh auto;padding:24px;background:#fff;border-radius:16px;border:1px solid #d8dde3}" +
  ".gone h1{font-size:22px;margin:0 0 8px}.gone p{margin:0;color:#555e69;line-height:1.5}";

function pageHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The hosted page's CSP: only Stipple's own scripts and API, framed by the clinic's websites. */
export function hostedPageCsp(embedOrigins: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...embedOrigins].join(" ")}`,
  ].join("; ");
}

function notAvailable(c: Context<AppEnv>) {
  c.header("Content-Security-Policy", hostedPageCsp([]));
  c.header("Cache-Control", "no-store");
  return c.html(
    pageHtml(
      "Online booking is not available",
      `<main class="gone"><h1>Online booking is not available</h1><p>There is no clinic taking online bookings at this address. Please contact the clinic directly.</p></main>`,
    ),
    404,
  );
}

/**
 * Response headers the global security headers would get wrong for these two paths, applied
 * after them (mount before `secureHeaders`): the widget script may be loaded by any website, and
 * the hosted page may be framed by the clinic's own websites (its CSP frame-ancestors says which),
 * so it drops X-Frame-Options: DENY.
 */
export function widgetResponseHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.req.path === WIDGET_PATH) {
      c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
    } else if (
      c.req.path.startsWith("/book/") &&
      c.res.headers.get("Content-Security-Policy")?.includes("frame-ancestors")
    ) {
      c.res.headers.delete("X-Frame-Options");
    }
  });
}

/**
 * Serves the booking widget bundle at /widget/stipple-booking.js (ETag; cached for a year when
 * asked for with its content hash as `?v=`) and the hosted booking page /book/{slug}, which is
 * also the iframe fallback. Mount before the staff app's catch-all.
 */
export function mountWidget(app: Hono<AppEnv>, db: Executor) {
  app.on(["GET", "HEAD"], WIDGET_PATH, async (c) => {
    const widget = await loadWidget();
    if (!widget) {
      return c.text("The booking widget is not built. Run `npm run build:widget`.", 503);
    }
    const etag = `"${widget.hash}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", c.req.query("v") === widget.hash ? LONG_CACHE : SHORT_CACHE);
    c.header("Access-Control-Allow-Origin", "*");
    c.header("X-Content-Type-Options", "nosniff");
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    return c.body(new Uint8Array(widget.body), 200, {
      "Content-Type": "text/javascript; charset=utf-8",
    });
  });

  app.get("/book/:slug", async (c) => {
    const slug = c.req.param("slug");
    if (!SLUG.test(slug)) return notAvailable(c);
    const settings = await loadPublicBookingBySlug(db, slug);
    if (!settings?.enabled) return notAvailable(c);
    const widget = await loadWidget();
    if (!widget) {
      return c.text("The booking widget is not built. Run `npm run build:widget`.", 503);
    }
    const src = `${WIDGET_PATH}?v=${widget.hash}`;
    c.header("Content-Security-Policy", hostedPageCsp(settings.embedOrigins));
    c.header("Cache-Control", "no-cache");
    return c.html(
      pageHtml(
        `Book a consultation · ${settings.name}`,
        `<div data-stipple-booking data-clinic="${escapeHtml(slug)}" data-layout="page"></div>
<script src="${escapeHtml(src)}" data-clinic="${escapeHtml(slug)}" async></script>`,
      ),
    );
  });
}
