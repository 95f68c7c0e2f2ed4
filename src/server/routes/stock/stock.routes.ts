import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  createStockBatchInput,
  stockBatch,
  stockBatchList,
  stockBatchQuery,
  stockRecall,
  updateStockBatchInput,
} from "../../../shared/contracts/stock.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Stock"];

export const list = createRoute({
  method: "get",
  path: "/stock/batches",
  tags,
  summary: "The clinic's pigment, needle and anaesthetic batches",
  description:
    "Soonest expiry first, archived last. `usable=true` keeps batches that are not archived and not past their expiry date on `on` (default: today in the location's zone); the expiry day itself is still usable. `q` matches brand, product, lot and needle configuration.",
  request: { query: stockBatchQuery },
  responses: { 200: json(stockBatchList, "The batches"), ...problems },
});

export const create = createRoute({
  method: "post",
  path: "/stock/batches",
  tags,
  summary: "Record a batch as received",
  description:
    "Needles need a configuration (1RL, 3RL, 5RS, 5M1…) and a diameter of 0.18–0.40 mm. The same kind, brand, product and lot as an existing batch answers 409 naming it (`existingBatchId`).",
  request: { body: jsonBody(createStockBatchInput) },
  responses: { 201: json(stockBatch, "The new batch"), ...problems, ...conflictProblem },
});

export const get = createRoute({
  method: "get",
  path: "/stock/batches/{id}",
  tags,
  summary: "One batch",
  request: { params: idParam },
  responses: { 200: json(stockBatch, "The batch"), ...problems },
});

export const update = createRoute({
  method: "patch",
  path: "/stock/batches/{id}",
  tags,
  summary: "Correct a batch's label fields",
  description:
    "Brand, product, lot and needle configuration/diameter cannot change once a signed session recorded the batch (409): archive it and add the correct batch instead. The kind never changes.",
  request: { params: idParam, body: jsonBody(updateStockBatchInput) },
  responses: {
    200: json(stockBatch, "The batch"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const archive = createRoute({
  method: "post",
  path: "/stock/batches/{id}/archive",
  tags,
  summary: "Take a batch out of use (batches are never deleted)",
  request: { params: idParam },
  responses: { 200: json(stockBatch, "The batch"), ...problems },
});

export const unarchive = createRoute({
  method: "post",
  path: "/stock/batches/{id}/unarchive",
  tags,
  summary: "Put an archived batch back into use",
  request: { params: idParam },
  responses: { 200: json(stockBatch, "The batch"), ...problems },
});

export const recall = createRoute({
  method: "get",
  path: "/stock/batches/{id}/recall",
  tags,
  summary: "Every client and session that used the batch (audited)",
  description:
    "One row per session and zone that recorded the batch as its pigment, needle or anaesthetic, oldest first, with the client's contact details. Every read is audited.",
  request: { params: idParam },
  responses: { 200: json(stockRecall, "The recall list"), ...problems },
});

export const recallCsv = createRoute({
  method: "get",
  path: "/stock/batches/{id}/recall.csv",
  tags,
  summary: "The recall list as a CSV download (audited)",
  description:
    "UTF-8 with a byte order mark for Excel, RFC 4180 quoting, and cells starting with = + - @ prefixed with an apostrophe so spreadsheets never run them.",
  request: { params: idParam },
  responses: {
    200: {
      description: "CSV",
      content: { "text/csv": { schema: { type: "string" } } },
    },
    ...problems,
  },
});
