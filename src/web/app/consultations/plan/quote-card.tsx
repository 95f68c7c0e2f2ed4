import { Button, Card, Divider, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconLock } from "@tabler/icons-react";
import type { PlanView } from "../../../../shared/contracts/consultations.ts";
import classes from "./plan.module.css";
import { useMoney } from "./use-money.ts";

interface QuoteCardProps {
  quote: PlanView["quote"];
  /** Opens the practitioner's price adjustment; absent when the price is final. */
  onAdjust?: () => void;
}

function Row({ label, amount, strong }: { label: string; amount: string; strong?: boolean }) {
  return (
    <Group justify="space-between" align="baseline" gap="md" wrap="nowrap">
      <Text fz={strong ? "lg" : "md"} fw={strong ? 650 : 400}>
        {label}
      </Text>
      <Text fz={strong ? "lg" : "md"} fw={strong ? 650 : 500} className={classes.total}>
        {amount}
      </Text>
    </Group>
  );
}

/** The price, what it includes and the deposit, in the client's terms. */
export function QuoteCard({ quote, onAdjust }: QuoteCardProps) {
  const money = useMoney();
  const ht = quote.hairTransplant;
  return (
    <Card component="section" aria-labelledby="quote-title" padding="xl">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} fz="h3" id="quote-title">
            Your quote
          </Title>
          {onAdjust && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="slate"
              leftSection={<IconLock size={14} aria-hidden="true" />}
              onClick={onAdjust}
            >
              Adjust price
            </Button>
          )}
        </Group>

        <Stack gap={6}>
          {quote.lines.map((l) => (
            <Row key={l.label} label={l.label} amount={money.format(l.amountPence)} />
          ))}
        </Stack>
        <Divider />
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Text fz="xl" fw={700}>
            Total
          </Text>
          <Text fz={32} fw={750} lh={1.1} className={classes.total}>
            {money.format(quote.totalPence)}
          </Text>
        </Group>
        <Stack gap={4}>
          <Row label="Deposit to book" amount={money.format(quote.depositPence)} />
          <Row label="Balance" amount={money.format(quote.balancePence)} />
        </Stack>

        {quote.included.length > 0 && (
          <div>
            <Text fw={650} fz="md" mb={6}>
              Included in the price
            </Text>
            <List
              spacing={6}
              fz="md"
              icon={
                <ThemeIcon size={22} radius="xl" color="green" variant="light" aria-hidden="true">
                  <IconCheck size={14} />
                </ThemeIcon>
              }
            >
              {quote.included.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </div>
        )}

        {ht && (
          <Text fz="md" c="dimmed" bg="slate.0" p="sm" style={{ borderRadius: 8 }}>
            For comparison, a hair transplant in the UK typically costs{" "}
            <Text span fw={600} fz="inherit" c="var(--mantine-color-text)">
              {money.format(ht.minPence)}–{money.format(ht.maxPence)}
            </Text>
            .
          </Text>
        )}
      </Stack>
    </Card>
  );
}
