import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  createPatchTestInput,
  patchTest,
  patchTestList,
  patchTestReadingInput,
} from "../../../shared/contracts/patch-tests.ts";
import {
  conflictProblem,
  json,
  jsonBody,
  problems,
  unprocessableProblem,
} from "../../http/router.ts";

const tags = ["Patch tests"];

export const list = createRoute({
  method: "get",
  path: "/clients/{id}/patch-tests",
  tags,
  summary: "A client's patch tests, newest first, with the clinic's patch test rule (audited)",
  request: { params: idParam },
  responses: { 200: json(patchTestList, "The patch tests"), ...problems },
});

export const create = createRoute({
  method: "post",
  path: "/clients/{id}/patch-tests",
  tags,
  summary: "Record a patch test as applied, or declined with a signed waiver",
  request: { params: idParam, body: jsonBody(createPatchTestInput) },
  responses: {
    201: json(patchTest, "The patch test"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});

export const reading = createRoute({
  method: "post",
  path: "/patch-tests/{id}/reading",
  tags,
  summary: "Record the reading of a pending patch test",
  description:
    "The reading must be at least the clinic's patchTest.minHoursBeforeSession after the test was applied (422 with the local times otherwise). A test already read or declined answers 409.",
  request: { params: idParam, body: jsonBody(patchTestReadingInput) },
  responses: {
    200: json(patchTest, "The patch test"),
    ...problems,
    ...conflictProblem,
    ...unprocessableProblem,
  },
});
