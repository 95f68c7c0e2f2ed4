import type { StaffRole } from "../../auth/roles.ts";
import { managerRoles } from "../../auth/roles.ts";
import type { StaffContext } from "../../http/context.ts";
import { forbidden } from "../../http/problem.ts";

/** Owners and admins manage staff; everyone else may only look. */
export function assertManager(staff: StaffContext) {
  if (!managerRoles.includes(staff.role)) {
    throw forbidden(`Your role (${staff.role}) cannot change staff. Ask an owner or admin.`);
  }
}

/** Granting, removing or acting on the owner role is for owners only. */
export function assertOwnerIfOwnerInvolved(
  staff: StaffContext,
  ...roles: (StaffRole | undefined)[]
) {
  if (staff.role !== "owner" && roles.includes("owner")) {
    throw forbidden("Only an owner can grant, remove or change the owner role.");
  }
}

/** Hours and time off: a practitioner manages their own; owners and admins manage anyone's. */
export function assertCanManageSchedule(staff: StaffContext, memberId: string) {
  if (managerRoles.includes(staff.role)) return;
  if (staff.role === "practitioner" && staff.memberId === memberId) return;
  throw forbidden(
    staff.role === "practitioner"
      ? "You can change only your own hours and time off."
      : `Your role (${staff.role}) cannot change hours or time off.`,
  );
}

/** "an admin", "a practitioner": the role as it reads in a sentence. */
export function roleInWords(role: StaffRole): string {
  return {
    owner: "an owner",
    admin: "an admin",
    practitioner: "a practitioner",
    receptionist: "a receptionist",
  }[role];
}
