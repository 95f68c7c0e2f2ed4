import { z } from "zod";
import { requiredText } from "./common.ts";
import { staffRole } from "./staff.ts";

export const invitationStatus = z.enum(["pending", "accepted", "canceled", "expired"]);
export type InvitationStatus = z.infer<typeof invitationStatus>;

/** What the invitee sees before they have an account. */
export const publicInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: staffRole,
  clinicName: z.string(),
  inviterName: z.string(),
  status: invitationStatus,
  expiresAt: z.string(),
});
export type PublicInvitation = z.infer<typeof publicInvitation>;

export const acceptInvitationInput = z.object({
  name: requiredText("Name", 100),
  password: z
    .string()
    .min(10, "must be at least 10 characters")
    .max(128, "must be at most 128 characters"),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

/** After accepting, the UI signs in with this email and the chosen password. */
export const acceptInvitationResult = z.object({ email: z.string() });
export type AcceptInvitationResult = z.infer<typeof acceptInvitationResult>;
