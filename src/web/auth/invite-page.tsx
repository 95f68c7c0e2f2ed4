import { Skeleton, Stack, ThemeIcon } from "@mantine/core";
import { IconCircleCheck, IconClockX, IconMailOff, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { AnchorLink, ButtonLink } from "../components/links.tsx";
import { QueryError } from "../components/route-states.tsx";
import { api, isApiError } from "../lib/api.ts";
import { roleLabels } from "../lib/use-me.ts";
import { AuthLayout } from "./auth-layout.tsx";
import type { Invitation } from "./invitation.ts";
import { InviteForm } from "./invite-form.tsx";

const route = getRouteApi("/invite/$invitationId");

export function InvitePage() {
  const { invitationId } = route.useParams();
  const invitation = useQuery({
    queryKey: ["invitation", invitationId],
    queryFn: ({ signal }) =>
      api<Invitation>("GET", `/invitations/${encodeURIComponent(invitationId)}`, undefined, {
        signal,
        allowUnauthorized: true,
      }),
  });

  if (invitation.isPending) {
    return (
      <AuthLayout title="Opening your invitation">
        <Stack gap="md" aria-busy="true">
          <Skeleton h={16} w="80%" />
          <Skeleton h={36} />
          <Skeleton h={36} />
          <Skeleton h={36} />
        </Stack>
      </AuthLayout>
    );
  }

  if (invitation.isError) {
    if (isApiError(invitation.error, 404) || isApiError(invitation.error, 400)) {
      return (
        <Outcome icon={<IconSearch size={26} />} color="slate" title="Invitation not found">
          This link does not match an invitation. Check you copied the whole link from the email, or
          ask your clinic to invite you again.
        </Outcome>
      );
    }
    return (
      <AuthLayout title="Invitation">
        <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />
      </AuthLayout>
    );
  }

  const inv = invitation.data;
  switch (inv.status) {
    case "accepted":
      return (
        <Outcome
          icon={<IconCircleCheck size={26} />}
          color="green"
          title="Invitation already accepted"
          signIn
        >
          This invitation to {inv.clinicName} has already been used. Sign in with {inv.email} and
          the password you chose.
        </Outcome>
      );
    case "canceled":
      return (
        <Outcome icon={<IconMailOff size={26} />} color="slate" title="Invitation withdrawn">
          {inv.clinicName} has withdrawn this invitation. If you think this is a mistake, contact{" "}
          {inv.inviterName || "the clinic"}.
        </Outcome>
      );
    case "expired":
      return (
        <Outcome icon={<IconClockX size={26} />} color="orange" title="Invitation expired">
          Invitations work for seven days. Ask {inv.inviterName ? `${inv.inviterName} at ` : ""}
          {inv.clinicName} to send you a new one.
        </Outcome>
      );
    default:
      return (
        <AuthLayout
          title={`Join ${inv.clinicName}`}
          description={
            <>
              {inv.inviterName ? `${inv.inviterName} has invited you` : "You have been invited"} to
              join as {articleFor(roleLabels[inv.role])}{" "}
              <strong>{roleLabels[inv.role].toLowerCase()}</strong>. Choose your name and a password
              to finish.
            </>
          }
          footer={<SignInLink label="Already have an account? Sign in" />}
        >
          <InviteForm invitation={inv} />
        </AuthLayout>
      );
  }
}

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function Outcome(props: {
  icon: ReactNode;
  color: string;
  title: string;
  children: ReactNode;
  signIn?: boolean;
}) {
  return (
    <AuthLayout
      title={props.title}
      footer={props.signIn ? undefined : <SignInLink label="Go to sign in" />}
    >
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" color={props.color} aria-hidden="true">
          {props.icon}
        </ThemeIcon>
        <div>{props.children}</div>
        {props.signIn && <ButtonLink to="/sign-in">Sign in</ButtonLink>}
      </Stack>
    </AuthLayout>
  );
}

function SignInLink({ label }: { label: string }) {
  return (
    <AnchorLink to="/sign-in" size="sm">
      {label}
    </AnchorLink>
  );
}
