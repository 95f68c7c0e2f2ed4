import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { consentSignature, scalpPhoto } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";

/**
 * For queries of scalp photos: false for photos of a client whose latest photo-marketing
 * signature is withdrawn. A photo is usable for marketing only if it is marked
 * `marketing_anonymised` AND this holds, so a withdrawal is honoured even if a photo was marked
 * again by hand afterwards. (Photos marked before e-consent existed, with no signature, keep
 * the consent recorded on the photo.)
 */
export function marketingNotWithdrawn(): SQL {
  return sql`not exists (
    select 1 from ${consentSignature} s
    where s.org_id = ${scalpPhoto.orgId} and s.client_id = ${scalpPhoto.clientId}
      and s.kind = 'photo_marketing' and s.withdrawn_at is not null
      and not exists (
        select 1 from ${consentSignature} s2
        where s2.org_id = s.org_id and s2.client_id = s.client_id and s2.kind = 'photo_marketing'
          and s2.withdrawn_at is null and s2.signed_at > s.signed_at
      )
  )`;
}

/** The client withdrew photo-marketing consent and has not signed it again. */
export async function marketingWithdrawn(tenant: Tenant, clientId: string): Promise<boolean> {
  const [latest] = await tenant.db
    .select({ withdrawnAt: consentSignature.withdrawnAt })
    .from(consentSignature)
    .where(
      tenant.where(
        consentSignature,
        and(eq(consentSignature.clientId, clientId), eq(consentSignature.kind, "photo_marketing")),
      ),
    )
    .orderBy(desc(consentSignature.signedAt))
    .limit(1);
  return Boolean(latest?.withdrawnAt);
}
