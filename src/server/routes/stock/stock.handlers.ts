import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { clinicToday } from "../../use-cases/clinic/primary-location.ts";
import {
  createBatch,
  setBatchArchived,
  updateBatch,
} from "../../use-cases/stock/batch-commands.ts";
import { listBatches, readBatch } from "../../use-cases/stock/batch-read.ts";
import { readRecall, recallCsv as toRecallCsv } from "../../use-cases/stock/batch-recall.ts";
import type * as routes from "./stock.routes.ts";

export const list: RouteHandler<typeof routes.list, StaffEnv> = async (c) =>
  c.json(await listBatches(c.var.tenant, c.req.valid("query"), new Date()), 200);

export const create: RouteHandler<typeof routes.create, StaffEnv> = async (c) =>
  c.json(await createBatch(c.var.tenant, c.var.staff, c.req.valid("json"), new Date()), 201);

export const get: RouteHandler<typeof routes.get, StaffEnv> = async (c) =>
  c.json(await readBatch(c.var.tenant, c.req.valid("param").id, new Date()), 200);

export const update: RouteHandler<typeof routes.update, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await updateBatch(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date()),
    200,
  );
};

export const archive: RouteHandler<typeof routes.archive, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await setBatchArchived(c.var.tenant, c.var.staff, id, true, new Date()), 200);
};

export const unarchive: RouteHandler<typeof routes.unarchive, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await setBatchArchived(c.var.tenant, c.var.staff, id, false, new Date()), 200);
};

export const recall: RouteHandler<typeof routes.recall, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const result = await readRecall(c.var.tenant, c.var.staff, id, new Date());
  c.header("cache-control", "private, no-store");
  return c.json(result, 200);
};

export const recallCsv: RouteHandler<typeof routes.recallCsv, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const now = new Date();
  const result = await readRecall(c.var.tenant, c.var.staff, id, now, "csv");
  const { filename, body } = toRecallCsv(result, await clinicToday(c.var.tenant, now));
  return c.body(body, 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "private, no-store",
  }) as never;
};
