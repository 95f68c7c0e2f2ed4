import { formatLocalTime, type Weekday } from "../../../domain/time/zoned.ts";
import type {
  PendingInvitation,
  StaffMember,
  WeeklyHours,
} from "../../../shared/contracts/staff.ts";
import type { StaffRole } from "../../auth/roles.ts";
import type { MemberRow } from "./staff.queries.ts";

interface HoursRow {
  weekday: number;
  opensMin: number;
  closesMin: number;
}

export function presentHours(rows: readonly HoursRow[] = []): WeeklyHours[] {
  return rows.map((h) => ({
    weekday: h.weekday as Weekday,
    opens: formatLocalTime(h.opensMin),
    closes: formatLocalTime(h.closesMin),
  }));
}

/** The API shape of a staff member: explicit fields, never the rows themselves. */
export function presentStaffMember(row: MemberRow, hours: readonly HoursRow[] = []): StaffMember {
  return {
    memberId: row.memberId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    calendarColour: row.calendarColour,
    twoFactorEnabled: row.twoFactorEnabled,
    hours: presentHours(hours),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentInvitation(row: {
  id: string;
  email: string;
  role: string | null;
  expiresAt: Date;
  inviterName: string | null;
}): PendingInvitation {
  return {
    id: row.id,
    email: row.email,
    role: (row.role ?? "receptionist") as StaffRole,
    status: "pending",
    expiresAt: row.expiresAt.toISOString(),
    inviterName: row.inviterName ?? "",
  };
}
