import { and, eq, isNull } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { audit } from "../audit/audit.ts";
import { client, portalClientLink } from "../db/schema/index.ts";
import { createTenant, type Tenant } from "../db/tenant.ts";
import type { AppEnv } from "../http/context.ts";
import { conflict, forbidden, notFound, unauthorized } from "../http/problem.ts";
import { findClinicClientByEmail, loadPortalClinicBySlug } from "./clinic-lookup.ts";

/** The signed-in client, in the clinic the URL names; handlers take the client id only from here. */
export interface PortalContext {
  tenant: Tenant;
  clientId: string;
  portalUserId: string;
  email: string;
  clinic: { slug: string; name: string };
}

export type PortalEnv = AppEnv & { Variables: AppEnv["Variables"] & { portal: PortalContext } };

/** The clinic slug of a `/api/portal/{slug}/...` path. */
export function portalSlugOf(path: string): string | null {
  const match = /\/portal\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * For routes under `/api/portal/{slug}/`: 401 without a portal session, 404 for an unknown
 * clinic, 403 when the signed-in person is no client of that clinic, 409 when several of its
 * clients share the email. Links the portal user to the clinic's client on first use.
 */
export function requirePortalClient() {
  return createMiddleware<PortalEnv>(async (c, next) => {
    const { db, portalAuth } = c.var.deps;
    const session = await portalAuth.api.getSession({ headers: c.req.raw.headers });
    if (!session) throw unauthorized("Sign in with the code we email you to continue.");
    const slug = portalSlugOf(c.req.path);
    const clinic = slug ? await loadPortalClinicBySlug(db, slug) : null;
    if (!clinic) throw notFound("There is no clinic at this address.");
    const userId = session.user.id;
    const email = session.user.email;
    if (!session.user.emailVerified) throw forbidden("Your email address is not verified.");
    const clientId = await linkedClient(c.var, clinic.orgId, userId, email);
    c.set("portal", {
      tenant: createTenant(db, clinic.orgId),
      clientId,
      portalUserId: userId,
      email,
      clinic: { slug: clinic.slug, name: clinic.name },
    });
    await next();
  });
}

async function linkedClient(
  vars: AppEnv["Variables"],
  orgId: string,
  userId: string,
  email: string,
): Promise<string> {
  const { db } = vars.deps;
  const notClient = () =>
    forbidden(
      "This email address is not one of this clinic's clients. Contact the clinic if you think it should be.",
    );
  const [link] = await db
    .select({ clientId: portalClientLink.clientId })
    .from(portalClientLink)
    .innerJoin(client, eq(client.id, portalClientLink.clientId))
    .where(
      and(
        eq(portalClientLink.userId, userId),
        eq(portalClientLink.orgId, orgId),
        eq(client.orgId, orgId),
        isNull(client.archivedAt),
      ),
    )
    .limit(1);
  if (link) return link.clientId;
  const candidates = await findClinicClientByEmail(db, orgId, email);
  if (candidates.length > 1) {
    throw conflict(
      "More than one client of this clinic uses this email address. Please contact the clinic so they can tell your records apart.",
    );
  }
  const only = candidates[0];
  if (!only) throw notClient();
  const inserted = await db
    .insert(portalClientLink)
    .values({ userId, orgId, clientId: only.id })
    .onConflictDoNothing()
    .returning({ clientId: portalClientLink.clientId });
  // Another portal user already holds this client (the email changed hands): refuse.
  if (!inserted[0]) throw notClient();
  await audit(db, {
    orgId,
    actorUserId: userId,
    action: "create",
    entity: "portal_client_link",
    entityId: only.id,
    ip: vars.clientIp,
    details: { actor: "portal" },
  });
  return only.id;
}
