/** GET /api/invitations/:id: what a new staff member sees before accepting. */
export type { PublicInvitation as Invitation } from "../../shared/contracts/invitations.ts";
