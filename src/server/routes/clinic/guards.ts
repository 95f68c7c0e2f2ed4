import { createMiddleware } from "hono/factory";
import { requireStaff, type StaffEnv } from "../../auth/guard.ts";
import { managerRoles } from "../../auth/roles.ts";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Settings resources: any staff member may read them; only owners and admins may change them. */
export function staffReadManagerWrite() {
  const anyStaff = requireStaff();
  const managers = requireStaff(managerRoles);
  return createMiddleware<StaffEnv>((c, next) =>
    READS.has(c.req.method) ? anyStaff(c, next) : managers(c, next),
  );
}
