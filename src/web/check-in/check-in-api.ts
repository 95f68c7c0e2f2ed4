import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheckInPhotoView, PublicCheckIn } from "../../shared/contracts/check-ins.ts";
import type { ProblemBody } from "../../shared/contracts/common.ts";
import { ApiError, api } from "../lib/api.ts";

const path = (token: string) => `/public/check-ins/${encodeURIComponent(token)}`;

/** The check-in behind a client's link (no sign-in). */
export const checkInQuery = (token: string) =>
  queryOptions({
    queryKey: ["check-in", token],
    queryFn: ({ signal }) =>
      api<PublicCheckIn>("GET", path(token), undefined, { signal, allowUnauthorized: true }),
    staleTime: 0,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const checkInLogoUrl = (token: string) => `/api${path(token)}/logo`;

export interface CheckInReplyInput {
  answer: "fine" | "concern";
  note: string;
  photo: Blob | null;
  view: CheckInPhotoView;
}

/** POST the answer as multipart/form-data (the shared `api` helper sends JSON only). */
async function send(token: string, reply: CheckInReplyInput): Promise<PublicCheckIn> {
  const body = new FormData();
  body.set("answer", reply.answer);
  if (reply.note.trim()) body.set("note", reply.note.trim());
  if (reply.photo) {
    body.set("photo", reply.photo, "photo.jpg");
    body.set("view", reply.view);
  }
  const response = await fetch(`/api${path(token)}/answer`, {
    method: "POST",
    credentials: "same-origin",
    headers: { accept: "application/json, application/problem+json" },
    body,
  });
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (response.ok) return data as PublicCheckIn;
  const problem =
    data && typeof data === "object" && "title" in data
      ? (data as ProblemBody & Record<string, unknown>)
      : {
          title: response.status === 413 ? "Photo too large" : "Not sent",
          detail:
            response.status === 413
              ? "The photo is too large. Choose a smaller one, or send your answer without it."
              : "Your answer could not be sent. Please try again.",
          status: response.status,
        };
  throw new ApiError({ ...problem, status: response.status });
}

/** Send the answer; the result is the check-in as it now stands. */
export function useAnswerCheckIn(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reply: CheckInReplyInput) => send(token, reply),
    onSuccess: (checkIn) => queryClient.setQueryData(checkInQuery(token).queryKey, checkIn),
    // A 410 means it was answered or closed meanwhile: show it as it is now.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 410)
        void queryClient.invalidateQueries({ queryKey: checkInQuery(token).queryKey });
    },
  });
}
