import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An RFC 9457 problem; `AppError` carries one up from anywhere to the error handler. */
export interface Problem {
  type?: string;
  title: string;
  status: ContentfulStatusCode;
  detail?: string;
  [extension: string]: unknown;
}

export class AppError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const make =
  (status: ContentfulStatusCode, title: string, type: string) =>
  (detail?: string, extensions: Record<string, unknown> = {}) =>
    new AppError({
      type: `https://stipple.dev/problems/${type}`,
      title,
      status,
      detail,
      ...extensions,
    });

export const badRequest = make(400, "Bad request", "bad-request");
export const unauthorized = make(401, "Sign-in required", "unauthorized");
export const forbidden = make(403, "Not allowed", "forbidden");
export const notFound = make(404, "Not found", "not-found");
export const conflict = make(409, "Conflict", "conflict");
export const unprocessable = make(422, "Cannot do that", "unprocessable");

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
  });
}
