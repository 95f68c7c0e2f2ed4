import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import { problemSchema } from "../../shared/contracts/common.ts";
import type { StaffEnv } from "../auth/guard.ts";
import type { AppEnv } from "./context.ts";
import { validationProblem } from "./errors.ts";
import { problemResponse } from "./problem.ts";

/** An OpenAPI router whose validation failures become 400 problem+json responses. */
export function createRouter<E extends AppEnv = StaffEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result, _c) => {
      if (!result.success) {
        return problemResponse(
          validationProblem(result.error as unknown as z.ZodError, result.target),
        );
      }
    },
  });
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** The error responses every authenticated route can give. */
export const problems = {
  400: problem("The request is not valid"),
  401: problem("Not signed in"),
  403: problem("Signed in, but not allowed"),
  404: problem("No such record in this clinic"),
} as const;

export const conflictProblem = { 409: problem("Conflicts with existing data") } as const;
export const unprocessableProblem = { 422: problem("Valid, but not possible") } as const;

export const noContent = { 204: { description: "Done" } } as const;
