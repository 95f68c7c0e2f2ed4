import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { StaffEnv } from "../../auth/guard.ts";
import { appointment } from "../../db/schema/index.ts";
import {
  bookAppointment,
  cancelAppointment,
  moveAppointment,
} from "../../use-cases/appointments/appointment-commands.ts";
import {
  cancellationTermsFor,
  markNoShow,
} from "../../use-cases/appointments/appointment-policy.ts";
import { readAppointments } from "../../use-cases/appointments/appointment-read.ts";
import { loadDayView } from "../../use-cases/appointments/day-view.ts";
import type * as routes from "./appointments.routes.ts";
import { offerFreedAppointments } from "./offer-freed.ts";

export const getDay: RouteHandler<typeof routes.getDay, StaffEnv> = async (c) => {
  const { date, locationId } = c.req.valid("query");
  return c.json(await loadDayView(c.var.tenant, date, locationId), 200);
};

export const listForClient: RouteHandler<typeof routes.listForClient, StaffEnv> = async (c) => {
  const { clientId } = c.req.valid("query");
  return c.json(
    { items: await readAppointments(c.var.tenant, eq(appointment.clientId, clientId)) },
    200,
  );
};

export const book: RouteHandler<typeof routes.book, StaffEnv> = async (c) => {
  const booked = await bookAppointment(c.var.tenant, c.var.staff, c.req.valid("json"), new Date());
  return c.json(booked, 201);
};

export const move: RouteHandler<typeof routes.move, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const before = await readAppointments(c.var.tenant, eq(appointment.id, id));
  const moved = await moveAppointment(
    c.var.tenant,
    c.var.staff,
    id,
    c.req.valid("json"),
    new Date(),
  );
  await offerFreedAppointments(c, before);
  return c.json(moved, 200);
};

export const cancel: RouteHandler<typeof routes.cancel, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const cancelled = await cancelAppointment(
    c.var.tenant,
    c.var.staff,
    id,
    c.req.valid("json"),
    new Date(),
  );
  await offerFreedAppointments(c, [cancelled]);
  return c.json(cancelled, 200);
};

export const cancellationTerms: RouteHandler<typeof routes.cancellationTerms, StaffEnv> = async (
  c,
) => c.json(await cancellationTermsFor(c.var.tenant, c.req.valid("param").id, new Date()), 200);

export const noShow: RouteHandler<typeof routes.noShow, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await markNoShow(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date()),
    200,
  );
};
