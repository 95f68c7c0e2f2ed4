import { Stack } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { CalendarFeedCard } from "./calendar-feed-card.tsx";
import { ChangePasswordCard } from "./change-password-card.tsx";
import { ProfileCard } from "./profile-card.tsx";
import { TwoFactorCard } from "./two-factor-card.tsx";

export function AccountPage() {
  return (
    <>
      <PageHeader
        title="Account & security"
        description="Your profile, password, two-step verification and calendar feed."
      />
      <Stack gap="lg" maw={880}>
        <ProfileCard />
        <TwoFactorCard />
        <ChangePasswordCard />
        <CalendarFeedCard />
      </Stack>
    </>
  );
}
