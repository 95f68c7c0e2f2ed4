import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  InviteStaffInput,
  PendingInvitation,
  StaffHours,
  StaffList,
  StaffMember,
  StaffPatch,
  TimeOff,
  TimeOffCreated,
  TimeOffInput,
  WeeklyHours,
} from "../../../../shared/contracts/staff.ts";
import { api } from "../../../lib/api.ts";

const id = (value: string) => encodeURIComponent(value);

export const staffQuery = queryOptions({
  queryKey: ["staff"],
  queryFn: ({ signal }) => api<StaffList>("GET", "/staff", undefined, { signal }),
});

export const timeOffQuery = (memberId: string) =>
  queryOptions({
    queryKey: ["staff", memberId, "time-off"],
    queryFn: ({ signal }) =>
      api<TimeOff[]>("GET", `/staff/${id(memberId)}/time-off`, undefined, { signal }),
  });

function useStaffMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffQuery.queryKey }),
  });
}

export const useInvite = () =>
  useStaffMutation((input: InviteStaffInput) =>
    api<PendingInvitation>("POST", "/staff/invitations", input),
  );

export const useResendInvitation = () =>
  useStaffMutation((invitationId: string) =>
    api<PendingInvitation>("POST", `/staff/invitations/${id(invitationId)}/resend`),
  );

export const useCancelInvitation = () =>
  useStaffMutation((invitationId: string) =>
    api<unknown>("DELETE", `/staff/invitations/${id(invitationId)}`),
  );

export const useUpdateMember = (memberId: string) =>
  useStaffMutation((patch: StaffPatch) =>
    api<StaffMember>("PATCH", `/staff/${id(memberId)}`, patch),
  );

export const useSetMemberActive = (memberId: string) =>
  useStaffMutation((active: boolean) =>
    api<StaffMember>("POST", `/staff/${id(memberId)}/${active ? "reactivate" : "deactivate"}`),
  );

export const useSaveStaffHours = (memberId: string) =>
  useStaffMutation((hours: WeeklyHours[]) =>
    api<StaffHours>("PUT", `/staff/${id(memberId)}/hours`, { hours }),
  );

export function useAddTimeOff(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TimeOffInput) =>
      api<TimeOffCreated>("POST", `/staff/${id(memberId)}/time-off`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeOffQuery(memberId).queryKey }),
  });
}

export function useDeleteTimeOff(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeOffId: string) =>
      api<unknown>("DELETE", `/staff/${id(memberId)}/time-off/${id(timeOffId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeOffQuery(memberId).queryKey }),
  });
}
