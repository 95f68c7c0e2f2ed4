import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  CreateStockBatchInput,
  StockBatch,
  StockBatchList,
  StockKind,
  StockRecall,
  UpdateStockBatchInput,
} from "../../../shared/contracts/stock.ts";
import { api, query } from "../../lib/api.ts";

/** The clinic's batches of a kind (all kinds when omitted), optionally only usable ones. */
export const stockBatchesQuery = (filter: { kind?: StockKind; q?: string; usable?: boolean }) =>
  queryOptions({
    queryKey: ["stock", "batches", filter],
    queryFn: ({ signal }) =>
      api<StockBatchList>(
        "GET",
        `/stock/batches${query({ kind: filter.kind, q: filter.q, usable: filter.usable })}`,
        undefined,
        { signal },
      ),
  });

/** Who was treated with a batch (each read is audited server-side). */
export const stockRecallQuery = (id: string) =>
  queryOptions({
    queryKey: ["stock", "recall", id],
    queryFn: ({ signal }) =>
      api<StockRecall>("GET", `/stock/batches/${encodeURIComponent(id)}/recall`, undefined, {
        signal,
      }),
  });

export const recallCsvUrl = (id: string) =>
  `/api/stock/batches/${encodeURIComponent(id)}/recall.csv`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["stock"] });
}

export function useCreateBatch() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CreateStockBatchInput) => api<StockBatch>("POST", "/stock/batches", input),
    onSuccess: refresh,
  });
}

export function useUpdateBatch(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: UpdateStockBatchInput) =>
      api<StockBatch>("PATCH", `/stock/batches/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
}

export function useSetArchived() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api<StockBatch>(
        "POST",
        `/stock/batches/${encodeURIComponent(id)}/${archived ? "archive" : "unarchive"}`,
      ),
    onSettled: refresh,
  });
}
