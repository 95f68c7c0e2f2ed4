import { Badge, Button, Group, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconCamera, IconChecklist, IconCircleCheck } from "@tabler/icons-react";
import { PREP_GUIDED_VIEWS } from "../../shared/contracts/client-prep.ts";
import { formatterFor } from "../lib/format.ts";
import classes from "./prep.module.css";
import type { PublicPrep } from "./prep-api.ts";

export type PrepPart = "photos" | "intake";

const modeText = { in_person: "", video: " (video call)", phone: " (phone call)" } as const;

/** The appointment in the clinic's words and zone: "Tue 24 Nov 2026 at 14:30 (video call)". */
export function appointmentText(prep: PublicPrep): string | null {
  const a = prep.appointment;
  if (!a) return null;
  const fmt = formatterFor({ locale: prep.clinic.locale, timeZone: a.timeZone, currency: "GBP" });
  const at = Date.parse(a.startsAt);
  return `${fmt.weekdayDate(at)} at ${fmt.time(at)}${modeText[a.mode]}`;
}

export function partStatus(prep: PublicPrep, part: PrepPart) {
  if (part === "photos") {
    const sent = PREP_GUIDED_VIEWS.filter((v) => prep.photos.some((p) => p.view === v)).length;
    if (prep.photosSubmittedAt) return { done: true, text: "Finished" };
    return { done: false, text: sent ? `${sent} of 6 photos sent` : "Not started" };
  }
  if (prep.intake.submittedAt || prep.intake.locked) return { done: true, text: "Finished" };
  return {
    done: false,
    text: Object.keys(prep.intake.answers).length ? "Started" : "Not started",
  };
}

const parts: Record<PrepPart, { title: string; time: string; icon: typeof IconCamera }> = {
  photos: { title: "Photos of your head", time: "About 5 minutes", icon: IconCamera },
  intake: { title: "A few health questions", time: "About 5 minutes", icon: IconChecklist },
};

/** Hello, when the appointment is, and the parts to do with where each stands. */
export function PrepWelcome({
  prep,
  onOpen,
}: {
  prep: PublicPrep;
  onOpen: (part: PrepPart) => void;
}) {
  const when = appointmentText(prep);
  const order = (["photos", "intake"] as const).filter((p) => prep.scopes.includes(p));
  const next = order.find((p) => !partStatus(prep, p).done);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz={26}>
          Hello {prep.firstName}
        </Title>
        <Text>
          Before your appointment{when ? ` on ${when}` : ""}, {prep.clinic.name} would like you to
          do {order.length === 2 ? "two short things" : "one short thing"}. You can stop at any
          point and come back to this link later.
        </Text>
      </Stack>
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
        {order.map((part, i) => {
          const status = partStatus(prep, part);
          const { title, time, icon: Icon } = parts[part];
          return (
            <li key={part}>
              <UnstyledButton className={classes.part} onClick={() => onOpen(part)}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap">
                    {status.done ? (
                      <IconCircleCheck
                        size={28}
                        color="var(--mantine-color-teal-7)"
                        aria-hidden="true"
                      />
                    ) : (
                      <Icon size={28} aria-hidden="true" />
                    )}
                    <Stack gap={0}>
                      <Text fw={600}>
                        {i + 1}. {title}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {time}
                      </Text>
                    </Stack>
                  </Group>
                  <Badge
                    color={status.done ? "teal" : "gray"}
                    variant="light"
                    style={{ flexShrink: 0 }}
                  >
                    {status.text}
                  </Badge>
                </Group>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
      {next ? (
        <Button size="lg" fullWidth onClick={() => onOpen(next)}>
          {order.some((p) => partStatus(prep, p).text !== "Not started") ? "Carry on" : "Start"}
        </Button>
      ) : (
        <Text fw={600}>All done. Thank you.</Text>
      )}
      <Text size="sm" c="dimmed">
        This page is personal to you. Your photos and answers go only to {prep.clinic.name}.
      </Text>
    </Stack>
  );
}
