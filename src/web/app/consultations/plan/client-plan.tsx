import { Alert, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCalendarRepeat, IconInfoCircle, IconMapPin, IconTestPipe } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { TreatmentPlan } from "../../../../domain/planning/index.ts";
import classes from "./plan.module.css";
import { durationText, spacingSentence } from "./plan-words.ts";
import { ShadeSwatch } from "./shade-swatch.tsx";

/** "Hairline, Temples and Crown". */
function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function Block({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <ThemeIcon size={40} radius="xl" variant="light" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={3} fz="lg">
          {title}
        </Title>
        {children}
      </Stack>
    </Group>
  );
}

/** The plan in the client's words: where, how many sessions, how long and how far apart. */
export function ClientPlan({ plan }: { plan: TreatmentPlan }) {
  const first = plan.sessions[0];
  return (
    <Stack gap="lg" className={classes.clientText}>
      <Block icon={<IconMapPin size={22} />} title="What we will treat">
        <Text fz="inherit">{listText(plan.zones.map((z) => z.label))}</Text>
      </Block>

      <Block icon={<IconCalendarRepeat size={22} />} title="Your sessions">
        <Text fz="inherit">{spacingSentence(plan.sessions)}.</Text>
        <List spacing={6} fz="inherit" mt={4}>
          {plan.sessions.map((s) => (
            <List.Item key={s.number}>
              <Text span fw={600} fz="inherit">
                Session {s.number}
              </Text>
              : about {durationText(s.durationMin)}
              {s.focus ? ` · ${s.focus}` : ""}
            </List.Item>
          ))}
        </List>
        <Group gap="sm" mt="xs" wrap="nowrap">
          <ShadeSwatch strengthPct={plan.pigment.strengthPct} size={32} />
          <Text fz="md" c="dimmed">
            Shade: {plan.pigment.shadeLabel.toLowerCase()}. Each session starts lighter and builds
            up, so the result looks natural.
          </Text>
        </Group>
      </Block>

      {plan.patchTest.required && first && (
        <Block icon={<IconTestPipe size={22} />} title="Before your first session">
          <Text fz="inherit">
            A small patch test, at least {plan.patchTest.minHoursBeforeSession} hours before session
            1, to check your skin is happy with the pigment.
          </Text>
        </Block>
      )}

      <Text fz="md" c="dimmed">
        We will remind you about a refresh {plan.recallMonths} months after your last session
        {plan.secondRecallMonths ? `, and again at ${plan.secondRecallMonths} months` : ""}.
      </Text>

      {plan.caveats.length > 0 && (
        <Alert
          color="blue"
          variant="light"
          title="Please note"
          icon={<IconInfoCircle size={20} aria-hidden="true" />}
          styles={{ title: { fontSize: "var(--mantine-font-size-lg)" } }}
        >
          <List spacing={6} fz="md">
            {plan.caveats.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
