import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ClientLinkScopeValue,
  PrepIntakeInput,
  PublicPrep,
} from "../../shared/contracts/client-prep.ts";
import type { PhotoView } from "../../shared/contracts/photos.ts";
import { ApiError, api } from "../lib/api.ts";

export type { PrepPhoto, PublicPrep } from "../../shared/contracts/client-prep.ts";

const path = (token: string) => `/public/prep/${encodeURIComponent(token)}`;

/** The prep page behind a client's link (no sign-in). Thumbnail URLs live five minutes. */
export const prepQuery = (token: string) =>
  queryOptions({
    queryKey: ["prep", token],
    queryFn: ({ signal }) =>
      api<PublicPrep>("GET", path(token), undefined, { signal, allowUnauthorized: true }),
    staleTime: 4 * 60_000,
    refetchInterval: 4 * 60_000,
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const prepLogoUrl = (token: string) => `/api${path(token)}/logo`;

/** Every change answers with the page as it now stands. */
function useStore(token: string) {
  const queryClient = useQueryClient();
  return (page: PublicPrep) => queryClient.setQueryData(prepQuery(token).queryKey, page);
}

export function useSaveIntake(token: string) {
  const store = useStore(token);
  return useMutation({
    mutationFn: (input: PrepIntakeInput) =>
      api<PublicPrep>("PUT", `${path(token)}/intake`, input, { allowUnauthorized: true }),
    onSuccess: store,
  });
}

export function useMarkDone(token: string) {
  const store = useStore(token);
  return useMutation({
    mutationFn: (part: ClientLinkScopeValue) =>
      api<PublicPrep>("POST", `${path(token)}/done`, { part }, { allowUnauthorized: true }),
    onSuccess: store,
  });
}

export function useRemovePhoto(token: string) {
  const store = useStore(token);
  return useMutation({
    mutationFn: (photoId: string) =>
      api<PublicPrep>("DELETE", `${path(token)}/photos/${encodeURIComponent(photoId)}`, undefined, {
        allowUnauthorized: true,
      }),
    onSuccess: store,
  });
}

/**
 * Sends one photo as multipart form data. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; failures become the same ApiError as every other call.
 */
function sendPhoto(
  token: string,
  photo: Blob,
  fields: { view: PhotoView; viewLabel?: string },
  onProgress: (fraction: number) => void,
): Promise<PublicPrep> {
  const form = new FormData();
  form.append("view", fields.view);
  if (fields.viewLabel) form.append("viewLabel", fields.viewLabel);
  form.append("photo", photo, "photo.jpg");
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api${path(token)}/photos`);
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) return resolve(body as PublicPrep);
      const problem =
        body && typeof body === "object" && "title" in body
          ? (body as { title: string; detail?: string })
          : {
              title: xhr.status === 413 ? "Photo too large" : "Not sent",
              detail:
                xhr.status === 413
                  ? "The photo is too large. Take it again, or choose a smaller one."
                  : "The photo could not be sent. Check your connection and try again.",
            };
      reject(new ApiError({ ...problem, status: xhr.status }));
    };
    xhr.onerror = () =>
      reject(
        new ApiError({
          title: "Not sent",
          detail: "The photo could not be sent. Check your connection and try again.",
          status: 0,
        }),
      );
    xhr.send(form);
  });
}

export function useUploadPhoto(token: string) {
  const store = useStore(token);
  return useMutation({
    mutationFn: (input: {
      photo: Blob;
      view: PhotoView;
      viewLabel?: string;
      onProgress: (fraction: number) => void;
    }) => sendPhoto(token, input.photo, input, input.onProgress),
    onSuccess: store,
  });
}
