import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { wallClockToEpoch } from "../../../domain/time/zoned.ts";
import type {
  CreatePatchTestInput,
  PatchTest,
  PatchTestList,
  PatchTestReadingInput,
} from "../../../shared/contracts/patch-tests.ts";
import { api } from "../../lib/api.ts";

/** A client's patch tests, newest first, with the clinic's rule (reading is audited). */
export const patchTestsQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["patch-tests", clientId],
    queryFn: ({ signal }) =>
      api<PatchTestList>("GET", `/clients/${encodeURIComponent(clientId)}/patch-tests`, undefined, {
        signal,
      }),
  });

export function useRecordPatchTest(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePatchTestInput) =>
      api<PatchTest>("POST", `/clients/${encodeURIComponent(clientId)}/patch-tests`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["patch-tests", clientId] }),
  });
}

export function useRecordReading(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: PatchTestReadingInput & { id: string }) =>
      api<PatchTest>("POST", `/patch-tests/${encodeURIComponent(id)}/reading`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["patch-tests", clientId] }),
  });
}

/** A picker's "YYYY-MM-DD HH:mm" wall-clock time in the clinic's zone as an ISO instant. */
export function wallClockToIso(value: string | null, timeZone: string): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [, date, hh, mm] = match as unknown as [string, string, string, string];
  return new Date(wallClockToEpoch(date, Number(hh) * 60 + Number(mm), timeZone)).toISOString();
}
