import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ClientConsultations,
  ConsultationDetail,
  PlanStatus,
} from "../../../shared/contracts/consultations.ts";
import { api } from "../../lib/api.ts";
import type { StaffRole } from "../../lib/use-me.ts";

export type ConsultationMode = ConsultationDetail["mode"];
export type ConsultationSummary = ClientConsultations["items"][number];

/** A client's consultations (no health data: any staff member may read them). */
export const clientConsultationsQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["consultations", "client", clientId],
    queryFn: ({ signal }) =>
      api<ClientConsultations>(
        "GET",
        `/clients/${encodeURIComponent(clientId)}/consultations`,
        undefined,
        { signal },
      ),
  });

export function useStartConsultation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mode: ConsultationMode) =>
      api<ConsultationDetail>("POST", "/consultations", { clientId, mode }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: clientConsultationsQuery(clientId).queryKey }),
  });
}

/** Practitioners, admins and owners open consultations; reception sees only the summary. */
export function isClinical(role: StaffRole): boolean {
  return role !== "receptionist";
}

export const modeLabels: Record<ConsultationMode, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone call",
};

export const consultationStatus: Record<
  ConsultationDetail["status"],
  { label: string; colour: string }
> = {
  open: { label: "Open", colour: "blue" },
  completed: { label: "Completed", colour: "green" },
  closed: { label: "Closed", colour: "gray" },
};

export const planStatus: Record<PlanStatus, { label: string; colour: string }> = {
  draft: { label: "Plan drafted", colour: "yellow" },
  accepted: { label: "Plan accepted", colour: "green" },
  declined: { label: "Plan declined", colour: "red" },
  superseded: { label: "Plan replaced", colour: "gray" },
};

/** The accepted plan as a PDF (clinical roles only: it names the treatment). */
export const planPdfPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/pdf`;
