import type {
  BookingRequestView,
  PublicBookingConfig,
  PublicBookingConfirmed,
  PublicConfirmInput,
  PublicDetailsInput,
  PublicHoldInput,
  PublicSlots,
} from "../shared/contracts/public-booking.ts";

/** A problem+json answer from the booking API (or a network failure, status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly type: string = "about:blank",
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail || title);
  }
}

export interface SlotsRequest {
  serviceId: string;
  locationId: string;
  practitionerId: string;
  from: string;
  days: number;
}

/**
 * The public booking API of one clinic on the Stipple server at `origin`. Requests go across
 * origins without cookies; only the JSON types come from the shared contract (no runtime code).
 */
export function createApi(origin: string, slug: string) {
  const base = `${origin}/api/public/booking/${encodeURIComponent(slug)}`;

  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        mode: "cors",
        credentials: "omit",
        headers:
          body === undefined
            ? { accept: "application/json" }
            : {
                accept: "application/json",
                "content-type": "application/json",
              },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiProblem(
        0,
        "Can't reach the clinic",
        "We couldn't connect. Check your internet connection and try again.",
      );
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // not JSON: fall through with an empty body
    }
    if (!res.ok) {
      const str = (v: unknown) => (typeof v === "string" ? v : "");
      throw new ApiProblem(
        res.status,
        str(json.title) || "Something went wrong",
        str(json.detail) || "Please try again in a moment.",
        str(json.type) || "about:blank",
        json,
      );
    }
    return json as T;
  }

  return {
    config: () => call<PublicBookingConfig>("GET", ""),
    slots: (q: SlotsRequest) =>
      call<PublicSlots>(
        "GET",
        `/slots?${new URLSearchParams({ ...q, days: String(q.days) }).toString()}`,
      ),
    hold: (input: PublicHoldInput) => call<BookingRequestView>("POST", "/hold", input),
    details: (requestId: string, input: PublicDetailsInput) =>
      call<BookingRequestView>("POST", `/requests/${requestId}/details`, input),
    resend: (requestId: string) =>
      call<BookingRequestView>("POST", `/requests/${requestId}/resend`, {}),
    confirm: (requestId: string, input: PublicConfirmInput) =>
      call<PublicBookingConfirmed>("POST", `/requests/${requestId}/confirm`, input),
  };
}

export type BookingApi = ReturnType<typeof createApi>;
