import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Executor } from "../../db/client.ts";
import type { AppEnv } from "../../http/context.ts";
import { forbidden } from "../../http/problem.ts";
import { loadPublicBookingBySlug } from "../../use-cases/public-booking/settings-store.ts";

/** `/api/public/booking/{slug}` and everything under it. */
const PUBLIC_BOOKING_PATH = /^\/api\/public\/booking\/([^/]+)(?:\/|$)/;

/** The slug a public booking path names, or null for any other path. */
export function publicBookingSlug(path: string): string | null {
  const m = PUBLIC_BOOKING_PATH.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Per request, whether its Origin is one the named clinic allows (looked up once). */
const verdicts = new WeakMap<Request, Promise<boolean>>();

/**
 * True when the request goes to a clinic's public booking routes from a website the clinic lists
 * in its online booking settings. Only those routes, only those exact origins.
 */
export function embedOriginAllowed(db: Executor, c: Context): Promise<boolean> {
  const cached = verdicts.get(c.req.raw);
  if (cached) return cached;
  const slug = publicBookingSlug(c.req.path);
  const origin = c.req.header("origin");
  const verdict =
    slug && origin
      ? loadPublicBookingBySlug(db, slug).then((s) => s?.embedOrigins.includes(origin) ?? false)
      : Promise.resolve(false);
  verdicts.set(c.req.raw, verdict);
  return verdict;
}

const ALLOW_METHODS = "GET, POST, OPTIONS";
const ALLOW_HEADERS = "Content-Type, Accept";

/**
 * CORS for the public booking API, mounted on `/api/public/booking/*` before the security headers.
 * Same-origin requests (the hosted /book page) pass untouched. A listed origin gets its exact
 * Origin echoed (no credentials: the widget uses no cookies) and preflights are answered here; any
 * other origin gets 403. Responses may be read cross-origin (the logo in the widget).
 */
export function publicBookingCors(db: Executor, publicUrl: string) {
  const own = new URL(publicUrl).origin;
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header("origin");
    const crossOrigin = Boolean(origin) && origin !== own;
    if (crossOrigin) {
      if (!(await embedOriginAllowed(db, c))) {
        throw forbidden(
          "This website may not use this clinic's online booking. The clinic can allow it in Settings → Online booking.",
        );
      }
      if (c.req.method === "OPTIONS") {
        return new Response(null, {
          status: 204,
          headers: {
            "Access-Control-Allow-Origin": origin as string,
            "Access-Control-Allow-Methods": ALLOW_METHODS,
            "Access-Control-Allow-Headers": ALLOW_HEADERS,
            "Access-Control-Max-Age": "600",
            Vary: "Origin",
          },
        });
      }
    }
    await next();
    if (crossOrigin) {
      c.res.headers.set("Access-Control-Allow-Origin", origin as string);
      c.res.headers.set("Access-Control-Expose-Headers", "Retry-After");
    }
    c.res.headers.append("Vary", "Origin");
    c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  });
}
