import type { Context } from "hono";
import { CLIENT_IP_HEADER } from "../auth/auth.ts";
import type { AppEnv } from "../http/context.ts";
import { type Problem, problemResponse } from "../http/problem.ts";
import { PORTAL_ORG_HEADER } from "./portal-auth.ts";

/**
 * What browsers may call on the portal's Better Auth directly. Codes are asked for and checked
 * through `/api/portal/{slug}/sign-in/...`, which name the clinic and answer in problem+json.
 */
const DIRECT = new Set(["GET /get-session", "POST /sign-out"]);

const tooMany = (retryAfter: string | null): Problem => ({
  type: "https://stipple.dev/problems/rate-limited",
  title: "Too many attempts",
  status: 429,
  detail: `Too many attempts from this address. Please wait ${retryAfter ?? "a"}${retryAfter ? " seconds" : " minute"} and try again.`,
  retryAfter: retryAfter ? Number(retryAfter) : 60,
});

/** Mounted at `/api/portal-auth/*` by app.ts. */
export function handlePortalAuth(c: Context<AppEnv>): Promise<Response> | Response {
  const sub = c.req.path.slice("/api/portal-auth".length) || "/";
  if (!DIRECT.has(`${c.req.method} ${sub}`)) {
    return problemResponse({
      title: "Not found",
      status: 404,
      detail: "Sign in through /api/portal/{clinic}/sign-in.",
    });
  }
  return forwardToPortalAuth(c, sub, null);
}

/**
 * Hands a request to the portal's Better Auth, with the peer address rate limits key on and the
 * clinic (for the code email) set by the server, overwriting anything the browser sent.
 * A rate-limit refusal comes back as a 429 problem.
 */
export async function forwardToPortalAuth(
  c: Context<AppEnv>,
  sub: string,
  forward: { orgId: string; body: unknown } | null,
): Promise<Response> {
  const headers = new Headers(c.req.raw.headers);
  headers.set(CLIENT_IP_HEADER, c.var.clientIp);
  headers.delete(PORTAL_ORG_HEADER);
  const url = new URL(`/api/portal-auth${sub}`, c.req.url);
  let request: Request;
  if (forward) {
    headers.set(PORTAL_ORG_HEADER, forward.orgId);
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    request = new Request(url, { method: "POST", headers, body: JSON.stringify(forward.body) });
  } else {
    request = new Request(c.req.raw, { headers });
  }
  const res = await c.var.deps.portalAuth.handler(request);
  if (res.status === 429) {
    const limited = problemResponse(tooMany(res.headers.get("x-retry-after")));
    limited.headers.set("retry-after", res.headers.get("x-retry-after") ?? "60");
    return limited;
  }
  return res;
}
