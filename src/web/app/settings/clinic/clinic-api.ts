import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Clinic, ClinicPatch } from "../../../../shared/contracts/clinic.ts";
import type { ProblemBody } from "../../../../shared/contracts/common.ts";
import { ApiError, api } from "../../../lib/api.ts";
import { meQuery } from "../../../lib/use-me.ts";

export const clinicQuery = queryOptions({
  queryKey: ["clinic"],
  queryFn: ({ signal }) => api<Clinic>("GET", "/clinic", undefined, { signal }),
});

/** Saves clinic details or branding; the shell's name, colours and logo follow at once. */
export function useUpdateClinic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ClinicPatch) => api<Clinic>("PATCH", "/clinic", patch),
    onSuccess: (clinic) => {
      queryClient.setQueryData(clinicQuery.queryKey, clinic);
      return queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
}

/** PUT /api/clinic/logo as multipart/form-data (the shared `api` helper sends JSON only). */
async function uploadLogo(file: File): Promise<Clinic> {
  const body = new FormData();
  body.set("file", file);
  const response = await fetch("/api/clinic/logo", {
    method: "PUT",
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
  if (response.ok) return data as Clinic;
  const problem =
    data && typeof data === "object" && "title" in data
      ? (data as ProblemBody & Record<string, unknown>)
      : {
          title: response.status === 413 ? "Logo too large" : "Upload failed",
          detail:
            response.status === 413
              ? "Choose an image of at most 2 MB."
              : "The logo could not be uploaded. Please try again.",
          status: response.status,
        };
  throw new ApiError({ ...problem, status: response.status });
}

export function useLogo() {
  const queryClient = useQueryClient();
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: clinicQuery.queryKey });
    await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
  };
  const upload = useMutation({ mutationFn: uploadLogo, onSuccess: done });
  const remove = useMutation({
    mutationFn: () => api<unknown>("DELETE", "/clinic/logo"),
    onSuccess: done,
  });
  return { upload, remove };
}
