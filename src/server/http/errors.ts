import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { AppEnv } from "./context.ts";
import { AppError, type Problem, problemResponse } from "./problem.ts";

/** Maps zod issues to a 400 problem listing each bad field. */
export function validationProblem(error: ZodError, where: string): Problem {
  const errors = error.issues.map((i) => ({
    field: i.path.join(".") || where,
    message: i.message,
  }));
  const first = errors[0];
  return {
    type: "https://stipple.dev/problems/validation",
    title: "Some fields are not valid",
    status: 400,
    detail: first ? `${first.field}: ${first.message}` : "The request is not valid.",
    errors,
  };
}

interface PgError {
  code?: string;
  constraint?: string;
}

/** Postgres error codes a client can cause: they become 4xx, everything else a 500. */
function fromDatabase(err: PgError): Problem | null {
  const code = err.code ?? "";
  if (code === "23P01" || code === "40P01" || code === "40001") {
    return {
      title: "Time no longer free",
      status: 409,
      detail: "That time was just taken. Choose another time.",
    };
  }
  if (code === "23505")
    return {
      title: "Already exists",
      status: 409,
      detail: "A record with these details already exists.",
    };
  if (code === "23503")
    return {
      title: "Linked record missing",
      status: 409,
      detail: "A record this refers to does not exist or is still in use.",
    };
  if (code === "23514" || code === "23502")
    return { title: "Not valid", status: 400, detail: "Some values are out of the allowed range." };
  if (code.startsWith("22"))
    return {
      title: "Not valid",
      status: 400,
      detail: "A value could not be understood (check dates, numbers and lengths).",
    };
  return null;
}

export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AppError) return problemResponse(err.problem);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const detail =
      status === 400 ? "The request body could not be read. Send valid JSON." : err.message;
    return problemResponse({
      title: status === 413 ? "Request too large" : "Request not accepted",
      status,
      detail,
    });
  }
  const cause = (err as { cause?: PgError }).cause;
  const db = fromDatabase(err as PgError) ?? (cause ? fromDatabase(cause) : null);
  if (db) return problemResponse(db);
  c.get("log")?.error({ err, path: c.req.path }, "unhandled error");
  return problemResponse({
    title: "Something went wrong",
    status: 500,
    detail: "The error has been logged. Please try again.",
  });
}
