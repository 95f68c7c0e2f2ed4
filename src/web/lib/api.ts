import type { ProblemBody } from "../../shared/contracts/common.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface FieldError {
  field: string;
  message: string;
}

/** An API answer that was not 2xx, carrying its RFC 9457 problem body. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly problem: ProblemBody & Record<string, unknown>;

  constructor(problem: ProblemBody & Record<string, unknown>) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A sentence to show a person for any error (API problem, network failure or bug). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
    return error.detail ?? error.title;
  }
  if (error instanceof TypeError)
    return "Stipple could not reach the server. Check your connection and try again.";
  return "Something went wrong. Please try again.";
}

let onUnauthorized: (() => void) | null = null;

/** Registers what happens when any API call answers 401 (the app sends people to sign in). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

export interface ApiOptions {
  /** Leave a 401 to the caller instead of sending the person to sign in. */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

/** Calls the Stipple API with the session cookie; throws `ApiError` for any non-2xx answer. */
export async function api<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: ApiOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path.startsWith("/api") ? path : `/api${path}`, {
    method,
    credentials: "same-origin",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return data as T;

  const error = new ApiError(toProblem(response, data));
  if (error.status === 401 && !options.allowUnauthorized) onUnauthorized?.();
  throw error;
}

/** Builds a query string, leaving out empty values. */
export function query(
  params: Record<string, string | number | boolean | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toProblem(response: Response, data: unknown): ProblemBody & Record<string, unknown> {
  if (data && typeof data === "object" && "title" in data) {
    return { ...(data as ProblemBody & Record<string, unknown>), status: response.status };
  }
  const fallback: Record<number, string> = {
    401: "Sign-in required",
    403: "Not allowed",
    404: "Not found",
    429: "Too many requests",
  };
  return {
    title: fallback[response.status] ?? "Something went wrong",
    status: response.status,
    detail:
      response.status >= 500
        ? "The server had a problem. Please try again."
        : response.statusText || undefined,
  };
}

/** The parts of a Mantine form that field errors are written to. */
interface FormWithErrors {
  setErrors: (errors: Record<string, React.ReactNode>) => void;
  getValues: () => object;
}

/**
 * Puts an API error's field messages on the matching form fields. Returns the message that could
 * not be placed on a field (to show above the form), or null when every error found its field.
 */
export function applyFieldErrors(form: FormWithErrors, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const known = new Set(Object.keys(form.getValues()));
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    if (known.has(field)) placed[field] ??= capitalise(message);
    else unplaced.push(`${field}: ${message}`);
  }
  form.setErrors(placed);
  return unplaced.length > 0 ? unplaced.join(". ") : null;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
