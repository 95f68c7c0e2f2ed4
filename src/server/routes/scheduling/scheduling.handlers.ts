import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { StaffEnv } from "../../auth/guard.ts";
import { appointment } from "../../db/schema/index.ts";
import { readAppointments } from "../../use-cases/appointments/appointment-read.ts";
import { bookCourse as bookCourseUseCase } from "../../use-cases/scheduling/course-booking.ts";
import { moveWithCourse, previewMove } from "../../use-cases/scheduling/course-move.ts";
import { proposeCourse as proposeCourseUseCase } from "../../use-cases/scheduling/course-proposal.ts";
import { placeHolds, releaseHolds } from "../../use-cases/scheduling/holds.ts";
import { searchSlots } from "../../use-cases/scheduling/slot-search.ts";
import { offerFreedAppointments } from "../appointments/offer-freed.ts";
import type * as routes from "./scheduling.routes.ts";

export const slots: RouteHandler<typeof routes.slots, StaffEnv> = async (c) =>
  c.json(await searchSlots(c.var.tenant, c.req.valid("query"), new Date()), 200);

export const proposeCourse: RouteHandler<typeof routes.proposeCourse, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await proposeCourseUseCase(c.var.tenant, id, c.req.valid("json"), new Date()), 200);
};

export const bookCourse: RouteHandler<typeof routes.bookCourse, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await bookCourseUseCase(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date()),
    201,
  );
};

export const hold: RouteHandler<typeof routes.hold, StaffEnv> = async (c) =>
  c.json(await placeHolds(c.var.tenant, c.var.staff.userId, c.req.valid("json"), new Date()), 201);

export const release: RouteHandler<typeof routes.release, StaffEnv> = async (c) => {
  await releaseHolds(c.var.tenant, c.req.valid("param").groupId);
  return c.body(null, 204);
};

export const movePreviewRoute: RouteHandler<typeof routes.movePreviewRoute, StaffEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const planned = await previewMove(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date());
  return c.json(planned.preview, 200);
};

export const courseMove: RouteHandler<typeof routes.courseMove, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const [moving] = await readAppointments(c.var.tenant, eq(appointment.id, id));
  const before = moving?.course
    ? await readAppointments(c.var.tenant, eq(appointment.courseId, moving.course.id))
    : moving
      ? [moving]
      : [];
  const appointments = await moveWithCourse(
    c.var.tenant,
    c.var.staff,
    id,
    c.req.valid("json"),
    new Date(),
  );
  const after = new Map(appointments.map((a) => [a.id, a.startsAt]));
  await offerFreedAppointments(
    c,
    before.filter((a) => a.status === "booked" && after.get(a.id) !== a.startsAt),
  );
  return c.json({ appointments }, 200);
};
