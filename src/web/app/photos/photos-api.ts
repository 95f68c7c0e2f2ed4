import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  PhotoConsent,
  PhotoList,
  PhotoUrls,
  PhotoView,
} from "../../../shared/contracts/photos.ts";
import { ApiError, api } from "../../lib/api.ts";

export type { Photo, PhotoConsent, PhotoView } from "../../../shared/contracts/photos.ts";

/** Signed URLs live five minutes: refresh the list a little before they run out. */
const URL_REFRESH_MS = 4 * 60_000;

export const clientPhotosQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["photos", "client", clientId],
    queryFn: ({ signal }) =>
      api<PhotoList>("GET", `/clients/${encodeURIComponent(clientId)}/photos`, undefined, {
        signal,
      }),
    staleTime: URL_REFRESH_MS,
    refetchInterval: URL_REFRESH_MS,
  });

export const photoUrlsQuery = (photoId: string) =>
  queryOptions({
    queryKey: ["photos", "urls", photoId],
    queryFn: ({ signal }) =>
      api<PhotoUrls>("GET", `/photos/${encodeURIComponent(photoId)}/url`, undefined, { signal }),
    staleTime: URL_REFRESH_MS,
    refetchInterval: URL_REFRESH_MS,
  });

export interface UploadFields {
  view: PhotoView;
  viewLabel?: string;
  sessionId?: string | null;
  consultationId?: string | null;
  consent: PhotoConsent;
}

/**
 * Uploads one photo as multipart form data. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; failures become the same ApiError as every other call.
 */
export function uploadPhoto(
  clientId: string,
  file: Blob,
  fields: UploadFields,
  onProgress: (fraction: number) => void,
): Promise<{ id: string }> {
  const form = new FormData();
  form.append("file", file, file instanceof File ? file.name : "photo.jpg");
  form.append("view", fields.view);
  if (fields.viewLabel) form.append("viewLabel", fields.viewLabel);
  if (fields.sessionId) form.append("sessionId", fields.sessionId);
  if (fields.consultationId) form.append("consultationId", fields.consultationId);
  form.append("consent", fields.consent);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/clients/${encodeURIComponent(clientId)}/photos`);
    xhr.withCredentials = true;
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
      if (xhr.status === 201) return resolve(body as { id: string });
      const problem =
        body && typeof body === "object" && "title" in body
          ? (body as { title: string; detail?: string })
          : {
              title: xhr.status === 413 ? "Photo too large" : "Upload failed",
              detail: xhr.status >= 500 ? "The server had a problem. Please try again." : undefined,
            };
      reject(new ApiError({ ...problem, status: xhr.status }));
    };
    xhr.onerror = () => reject(new TypeError("network error"));
    xhr.send(form);
  });
}

export function useSetConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, consent }: { id: string; consent: PhotoConsent }) =>
      api<void>("PATCH", `/photos/${encodeURIComponent(id)}`, { consent }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: clientPhotosQuery(clientId).queryKey }),
  });
}

export function useDeletePhoto(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>("DELETE", `/photos/${encodeURIComponent(id)}`),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: clientPhotosQuery(clientId).queryKey }),
  });
}
