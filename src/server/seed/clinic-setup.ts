import { randomUUID } from "node:crypto";
import type { Auth } from "../auth/auth.ts";
import type { StaffRole } from "../auth/roles.ts";
import { createStaffUser } from "../auth/staff-accounts.ts";
import type { Executor } from "../db/client.ts";
import {
  clinicSettings,
  location,
  locationHours,
  member,
  organization,
  room,
  service,
} from "../db/schema/index.ts";

export interface NewClinic {
  name: string;
  slug: string;
  contact?: { email?: string; phone?: string; website?: string; legalName?: string };
  location: {
    name: string;
    timeZone: string;
    addressLine1?: string;
    city?: string;
    postcode?: string;
    phone?: string;
  };
  /** Weekly hours in minutes since midnight, ISO weekday (Monday = 1). */
  hours: { weekday: number; opensMin: number; closesMin: number }[];
  rooms: string[];
}

/** The services a new clinic starts with; the owner edits them in Settings → Services. */
export const starterServices = [
  {
    name: "Consultation",
    kind: "consultation",
    durationMin: 45,
    bufferAfterMin: 15,
    needsRoom: true,
    pricePence: 0,
    colour: "#228be6",
    description: "In-person consultation and assessment.",
  },
  {
    name: "Video consultation",
    kind: "consultation",
    durationMin: 30,
    bufferAfterMin: 0,
    needsRoom: false,
    pricePence: 0,
    colour: "#15aabf",
    description: "Remote consultation by video call.",
  },
  {
    name: "Treatment session",
    kind: "treatment",
    durationMin: 180,
    bufferBeforeMin: 15,
    bufferAfterMin: 30,
    needsRoom: true,
    pricePence: 60000,
    colour: "#1f6f78",
    description: "One SMP session of a treatment course.",
  },
  {
    name: "Touch-up",
    kind: "touch_up",
    durationMin: 90,
    bufferAfterMin: 15,
    needsRoom: true,
    pricePence: 15000,
    colour: "#c8873a",
    description: "Top-up session after a completed course.",
  },
] as const;

/** Creates a clinic (organisation), its settings, first location with hours and rooms, and starter services. */
export async function createClinic(db: Executor, input: NewClinic) {
  const orgId = randomUUID();
  await db.insert(organization).values({ id: orgId, name: input.name, slug: input.slug });
  await db.insert(clinicSettings).values({ orgId, ...input.contact });
  const [loc] = await db
    .insert(location)
    .values({ orgId, ...input.location })
    .returning({ id: location.id });
  const locationId = loc?.id ?? "";
  if (input.hours.length)
    await db.insert(locationHours).values(input.hours.map((h) => ({ orgId, locationId, ...h })));
  const rooms = input.rooms.length
    ? await db
        .insert(room)
        .values(input.rooms.map((name) => ({ orgId, locationId, name })))
        .returning({ id: room.id, name: room.name })
    : [];
  const services = await db
    .insert(service)
    .values(starterServices.map((s) => ({ orgId, ...s })))
    .returning({ id: service.id, name: service.name, kind: service.kind });
  return { orgId, locationId, rooms, services };
}

/** Adds a staff member with a password login to a clinic. */
export async function addStaffMember(
  db: Executor,
  auth: Auth,
  input: {
    orgId: string;
    email: string;
    name: string;
    password: string;
    role: StaffRole;
    colour?: string;
  },
) {
  const user = await createStaffUser(auth, input);
  const memberId = randomUUID();
  await db.insert(member).values({
    id: memberId,
    organizationId: input.orgId,
    userId: user.id,
    role: input.role,
    calendarColour: input.colour ?? "#4c6ef5",
  });
  return { userId: user.id, memberId };
}

/** Monday–Saturday 09:00–18:00. */
export const standardHours = [1, 2, 3, 4, 5, 6].map((weekday) => ({
  weekday,
  opensMin: 9 * 60,
  closesMin: 18 * 60,
}));
