import { Center, EmptyState, Tabs } from "@mantine/core";
import {
  IconBuildingStore,
  IconCalendarCog,
  IconClipboardList,
  IconFileCertificate,
  IconLock,
  IconMapPin,
  IconMessages,
  IconStethoscope,
  IconUsersGroup,
  IconWorldWww,
} from "@tabler/icons-react";
import { useNavigate, useParams } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { isManager, useMe } from "../../lib/use-me.ts";
import { BookingTab } from "./booking/booking-tab.tsx";
import { ClinicTab } from "./clinic/clinic-tab.tsx";
import { ClinicalTab } from "./clinical/clinical-tab.tsx";
import { ConsentsTab } from "./consents/consents-tab.tsx";
import { LocationsTab } from "./locations/locations-tab.tsx";
import { MessagesTab } from "./messages/messages-tab.tsx";
import { OnlineBookingTab } from "./online-booking/online-booking-tab.tsx";
import { ServicesTab } from "./services/services-tab.tsx";
import { StaffTab } from "./staff/staff-tab.tsx";

type Section =
  | "clinic"
  | "locations"
  | "staff"
  | "services"
  | "clinical"
  | "booking"
  | "online-booking"
  | "messages"
  | "consents";

const SECTIONS: {
  value: Section;
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Any staff member may read it (read-only); the other tabs are for owners and admins. */
  everyone?: boolean;
}[] = [
  { value: "clinic", label: "Clinic", icon: IconBuildingStore },
  { value: "locations", label: "Locations", icon: IconMapPin },
  { value: "staff", label: "Staff", icon: IconUsersGroup },
  { value: "services", label: "Services", icon: IconClipboardList },
  { value: "clinical", label: "Clinical", icon: IconStethoscope },
  { value: "booking", label: "Booking rules", icon: IconCalendarCog, everyone: true },
  { value: "online-booking", label: "Online booking", icon: IconWorldWww },
  { value: "messages", label: "Messages", icon: IconMessages },
  { value: "consents", label: "Consent forms", icon: IconFileCertificate },
];

/**
 * Settings for owners and admins. The address picks the tab and, below it, one record:
 * /settings/clinic, /settings/locations/{id}, /settings/staff/{memberId}, /settings/services.
 */
export function SettingsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const splat = (useParams({ strict: false }) as { _splat?: string })._splat ?? "";
  const [first = "", second] = splat.split("/").filter(Boolean);
  const manager = isManager(me.member.role);
  const sections = manager ? SECTIONS : SECTIONS.filter((s) => s.everyone);
  const section: Section = sections.some((s) => s.value === first) ? (first as Section) : "clinic";

  const go = (next: string, id?: string) =>
    void navigate({ to: "/settings/$", params: { _splat: id ? `${next}/${id}` : next } });

  if (!manager && section !== "booking") return <OnlyManagers />;

  return (
    <>
      <PageHeader
        title="Settings"
        description={
          manager
            ? "Your clinic, locations, staff and the services clients can book."
            : "The clinic's rules for bookings, cancellations and no-shows."
        }
      />
      <Tabs
        value={section}
        onChange={(value) => value && go(value)}
        keepMounted={false}
        variant="default"
      >
        <Tabs.List mb="lg" style={{ flexWrap: "nowrap", overflowX: "auto" }}>
          {sections.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />} fw={500}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="clinic">
          <ClinicTab />
        </Tabs.Panel>
        <Tabs.Panel value="locations">
          <LocationsTab locationId={second} onSelect={(id) => go("locations", id)} />
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <StaffTab memberId={second} onOpen={(id) => go("staff", id)} />
        </Tabs.Panel>
        <Tabs.Panel value="services">
          <ServicesTab />
        </Tabs.Panel>
        <Tabs.Panel value="clinical">
          <ClinicalTab />
        </Tabs.Panel>
        <Tabs.Panel value="booking">
          <BookingTab />
        </Tabs.Panel>
        <Tabs.Panel value="online-booking">
          <OnlineBookingTab />
        </Tabs.Panel>
        <Tabs.Panel value="messages">
          <MessagesTab />
        </Tabs.Panel>
        <Tabs.Panel value="consents">
          <ConsentsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function OnlyManagers() {
  return (
    <>
      <PageHeader title="Settings" />
      <Center mih="40dvh">
        <EmptyState
          size="lg"
          variant="light"
          color="slate"
          icon={<IconLock size={32} aria-hidden="true" />}
          title="Only owners and admins can change settings"
          description="Ask an owner or admin of your clinic if something here needs changing."
        />
      </Center>
    </>
  );
}
