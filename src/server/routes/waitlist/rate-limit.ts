import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../http/context.ts";
import { problemResponse } from "../../http/problem.ts";

/**
 * A per-address limit for public routes, kept in this process's memory: `max` requests per
 * `windowMs` for each peer address. Links carry 256-bit secrets, so this only blunts floods.
 */
export function perAddressLimit(max: number, windowMs: number) {
  const seen = new Map<string, { count: number; resetAt: number }>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const now = Date.now();
    if (seen.size > 10_000) {
      for (const [key, value] of seen) if (value.resetAt <= now) seen.delete(key);
    }
    const key = c.var.clientIp;
    const current = seen.get(key);
    if (!current || current.resetAt <= now) {
      seen.set(key, { count: 1, resetAt: now + windowMs });
    } else if (++current.count > max) {
      const res = problemResponse({
        type: "https://stipple.dev/problems/too-many-requests",
        title: "Too many requests",
        status: 429,
        detail: "Too many attempts from this address. Wait a minute and try again.",
      });
      res.headers.set("Retry-After", String(Math.ceil((current.resetAt - now) / 1000)));
      return res;
    }
    await next();
  });
}
