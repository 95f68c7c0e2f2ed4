import type { Client } from "../../../shared/contracts/clients.ts";
import type { client } from "../../db/schema/index.ts";

/** The API shape of a client row: explicit fields, never the row itself. */
export function presentClient(row: typeof client.$inferSelect): Client {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    email: row.email,
    phone: row.phone,
    dateOfBirth: row.dateOfBirth,
    addressLine1: row.addressLine1,
    city: row.city,
    postcode: row.postcode,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
