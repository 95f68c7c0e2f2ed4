import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import {
  createPatchTest,
  listPatchTests,
  recordReading,
} from "../../use-cases/patch-tests/patch-test-commands.ts";
import type * as routes from "./patch-tests.routes.ts";

export const list: RouteHandler<typeof routes.list, StaffEnv> = async (c) =>
  c.json(await listPatchTests(c.var.tenant, c.var.staff, c.req.valid("param").id), 200);

export const create: RouteHandler<typeof routes.create, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await createPatchTest(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date()),
    201,
  );
};

export const reading: RouteHandler<typeof routes.reading, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await recordReading(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date()),
    200,
  );
};
