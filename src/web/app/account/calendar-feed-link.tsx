import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  List,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { IconCalendarPlus, IconCheck, IconCopy, IconLock } from "@tabler/icons-react";
import type { CreatedCalendarFeed } from "../../../shared/contracts/calendar-feeds.ts";

/** The new feed's address, shown once, with copy and how to add it to each calendar app. */
export function CalendarFeedLink({ feed }: { feed: CreatedCalendarFeed }) {
  return (
    <Paper withBorder p="md" radius="md" bg="slate.0">
      <Stack gap="md">
        <Alert
          variant="light"
          color="blue"
          icon={<IconLock size={18} />}
          title="Copy this link now"
          aria-live="polite"
        >
          For your security Stipple shows it only once. Anyone with the link can see your
          appointment times and clients' first names, so keep it to your own calendar.
        </Alert>
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <TextInput
            label="Your calendar feed link"
            value={feed.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            style={{ flex: 1, minWidth: 0 }}
          />
          <CopyButton value={feed.url} timeout={2500}>
            {({ copied, copy }) => (
              <Button
                onClick={copy}
                color={copied ? "green" : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                style={{ flex: "none" }}
              >
                {copied ? "Copied" : "Copy link"}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group gap="xs">
          <Button
            component="a"
            href={feed.webcalUrl}
            variant="default"
            size="sm"
            leftSection={<IconCalendarPlus size={16} />}
          >
            Open in my calendar app
          </Button>
          <Text size="xs" c="dimmed">
            Works on iPhone, iPad, Mac and Outlook for Windows.
          </Text>
        </Group>
        <Instructions />
      </Stack>
    </Paper>
  );
}

function Instructions() {
  return (
    <Tabs defaultValue="google" variant="outline" aria-label="How to add the feed">
      <Tabs.List>
        <Tabs.Tab value="google">Google Calendar</Tabs.Tab>
        <Tabs.Tab value="outlook">Outlook</Tabs.Tab>
        <Tabs.Tab value="apple">Apple Calendar</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="google" pt="sm">
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>
            On a computer, open{" "}
            <Anchor href="https://calendar.google.com" target="_blank" rel="noreferrer">
              Google Calendar
            </Anchor>
            .
          </List.Item>
          <List.Item>Next to "Other calendars", click + and choose "From URL".</List.Item>
          <List.Item>Paste the link and click "Add calendar".</List.Item>
        </List>
        <Text size="xs" c="dimmed" mt={6}>
          Google refreshes subscribed calendars every few hours, so changes can take a while to
          appear.
        </Text>
      </Tabs.Panel>
      <Tabs.Panel value="outlook" pt="sm">
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>In Outlook on the web or the new Outlook, open the calendar.</List.Item>
          <List.Item>Choose "Add calendar", then "Subscribe from web".</List.Item>
          <List.Item>Paste the link, give it a name and click "Import".</List.Item>
        </List>
      </Tabs.Panel>
      <Tabs.Panel value="apple" pt="sm">
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>
            On a Mac, open Calendar and choose File → New Calendar Subscription.
          </List.Item>
          <List.Item>
            Paste the link, click "Subscribe", and set "Auto-refresh" to every hour.
          </List.Item>
          <List.Item>
            On an iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed
            Calendar.
          </List.Item>
        </List>
      </Tabs.Panel>
    </Tabs>
  );
}
