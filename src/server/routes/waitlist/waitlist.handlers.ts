import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { appointment } from "../../db/schema/index.ts";
import { conflict } from "../../http/problem.ts";
import { readAppointments } from "../../use-cases/appointments/appointment-read.ts";
import { acceptOffer } from "../../use-cases/waitlist/offer-accept.ts";
import { declineOffer } from "../../use-cases/waitlist/offer-lifecycle.ts";
import {
  joinWaitlist,
  listWaitlist,
  pendingOfferId,
  withdrawEntry,
} from "../../use-cases/waitlist/waitlist-commands.ts";
import { readEntry, readOffers } from "../../use-cases/waitlist/waitlist-read.ts";
import type * as routes from "./waitlist.routes.ts";

type Ctx = { var: StaffEnv["Variables"] };

const mailOf = (c: Ctx) => ({
  mailer: c.var.deps.mailer,
  publicUrl: c.var.deps.env.PUBLIC_URL,
});

/** The entry's pending offer, for staff answering on the client's behalf; 409 if none. */
async function pendingFor(c: Ctx, id: string): Promise<string> {
  const entry = await readEntry(c.var.tenant, id);
  const offerId = await pendingOfferId(c.var.tenant, entry.id);
  if (!offerId) {
    throw conflict(
      entry.status === "booked"
        ? "This client has already been booked from the waitlist."
        : "There is no open offer for this client right now.",
    );
  }
  return offerId;
}

export const list: RouteHandler<typeof routes.list, StaffEnv> = async (c) =>
  c.json(await listWaitlist(c.var.tenant, c.var.staff, c.req.valid("query"), new Date()), 200);

export const join: RouteHandler<typeof routes.join, StaffEnv> = async (c) =>
  c.json(await joinWaitlist(c.var.tenant, c.var.staff, c.req.valid("json"), new Date()), 201);

export const withdraw: RouteHandler<typeof routes.withdraw, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await withdrawEntry(c.var.tenant, c.var.staff, id, new Date(), mailOf(c)), 200);
};

export const offers: RouteHandler<typeof routes.offers, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const entry = await readEntry(tenant, id);
  const items = await readOffers(tenant, entry.id);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "waitlist_entry",
    entityId: entry.id,
    details: { offers: items.length },
  });
  return c.json({ items }, 200);
};

export const accept: RouteHandler<typeof routes.accept, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const offerId = await pendingFor(c, id);
  const done = await acceptOffer(tenant, offerId, { userId: staff.userId }, new Date(), mailOf(c));
  const [booked] = await readAppointments(tenant, eq(appointment.id, done.appointmentId));
  if (!booked) throw conflict("The appointment could not be read back. Reload the calendar.");
  return c.json({ entry: await readEntry(tenant, id), appointment: booked }, 200);
};

export const decline: RouteHandler<typeof routes.decline, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const offerId = await pendingFor(c, id);
  await declineOffer(tenant, offerId, { userId: staff.userId }, new Date(), mailOf(c));
  return c.json(await readEntry(tenant, id), 200);
};
