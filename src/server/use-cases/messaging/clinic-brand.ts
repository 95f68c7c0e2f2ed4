import { asc, eq } from "drizzle-orm";
import type { MessageContext } from "../../../domain/messaging/vars.ts";
import { clinicSettings, location, organization } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { DEFAULT_TIME_ZONE } from "../clinic/primary-location.ts";

/** The clinic as messages show it, at its first active location (for previews). */
export async function clinicBrand(tenant: Tenant): Promise<{
  clinic: MessageContext["clinic"];
  location: MessageContext["location"];
  colours: { clinicName: string; primaryColour: string };
}> {
  const [org] = await tenant.db
    .select({
      name: organization.name,
      email: clinicSettings.email,
      phone: clinicSettings.phone,
      locale: clinicSettings.locale,
      colour: clinicSettings.primaryColour,
    })
    .from(organization)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, organization.id))
    .where(eq(organization.id, tenant.orgId));
  const [place] = await tenant.db
    .select()
    .from(location)
    .where(tenant.where(location, eq(location.active, true)))
    .orderBy(asc(location.createdAt), asc(location.id))
    .limit(1);
  const name = org?.name ?? "";
  const address = place
    ? [place.addressLine1, place.addressLine2, place.city, place.postcode]
        .map((p) => p.trim())
        .filter(Boolean)
        .join(", ")
    : "";
  return {
    clinic: {
      name,
      phone: org?.phone || place?.phone || "",
      email: org?.email ?? "",
      locale: org?.locale ?? "en-GB",
    },
    location: {
      name: place?.name ?? name,
      address,
      timeZone: place?.timeZone ?? DEFAULT_TIME_ZONE,
    },
    colours: { clinicName: name, primaryColour: org?.colour ?? "#1f6f78" },
  };
}
