import { createAccessControl } from "better-auth/plugins/access";

export const staffRoles = ["owner", "admin", "practitioner", "receptionist"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles that may read and change clinical (health) data. Receptionists never do. */
export const clinicalRoles: readonly StaffRole[] = ["owner", "admin", "practitioner"];
/** Roles that manage the clinic's settings, staff and services. */
export const managerRoles: readonly StaffRole[] = ["owner", "admin"];

const statements = {
  organization: ["update", "delete"],
  member: ["create", "update", "delete"],
  invitation: ["create", "cancel"],
  team: ["create", "update", "delete"],
  ac: ["create", "read", "update", "delete"],
} as const;

export const accessControl = createAccessControl(statements);

const none = { organization: [], member: [], invitation: [], team: [], ac: [] } as const;

/** Better Auth's own endpoints follow these; Stipple's routes use the role lists above. */
export const authRoles = {
  owner: accessControl.newRole({ ...statements }),
  admin: accessControl.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: [],
    ac: ["read"],
  }),
  practitioner: accessControl.newRole({ ...none }),
  receptionist: accessControl.newRole({ ...none }),
};
