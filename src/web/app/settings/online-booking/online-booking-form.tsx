import {
  ActionIcon,
  Button,
  Group,
  List,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { applyFieldErrors } from "../../../lib/api.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import {
  type PublicBookingSettingsView,
  parseOrigin,
  useSaveOnlineBooking,
} from "./online-booking-api.ts";

const INTRO_MAX = 1000;

/** The switches, the welcome text and the websites allowed to embed the booking widget. */
export function OnlineBookingForm({ view }: { view: PublicBookingSettingsView }) {
  const save = useSaveOnlineBooking();
  const [enabled, setEnabled] = useState(view.enabled);
  const [showEstimate, setShowEstimate] = useState(view.showEstimate);
  const [intro, setIntro] = useState(view.intro);
  const [origins, setOrigins] = useState<string[]>(view.embedOrigins);
  const [draft, setDraft] = useState("");
  const [draftError, setDraftError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [introError, setIntroError] = useState<string | null>(null);

  const add = () => {
    const parsed = parseOrigin(draft, origins);
    if ("error" in parsed) {
      setDraftError(parsed.error);
      return;
    }
    setOrigins([...origins, parsed.origin]);
    setDraft("");
    setDraftError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (intro.trim().length > INTRO_MAX) {
      setIntroError(`Keep the welcome text to ${INTRO_MAX} characters.`);
      return;
    }
    setIntroError(null);
    save.mutate(
      { enabled, showEstimate, intro: intro.trim(), embedOrigins: origins },
      {
        onSuccess: () => notifySaved("Online booking saved"),
        onError: (error) =>
          setProblem(
            applyFieldErrors(
              {
                getValues: () => ({ intro }),
                setErrors: (e) => setIntroError(e.intro ? String(e.intro) : null),
              },
              error,
            ),
          ),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormProblem problem={problem} title="Not saved" />
        <SettingsSection
          title="Booking online"
          description="When this is off, the widget and the booking page tell visitors to contact the clinic."
        >
          <Stack gap="md">
            <Switch
              label="Take consultation bookings online"
              checked={enabled}
              onChange={(e) => setEnabled(e.currentTarget.checked)}
            />
            <Switch
              label="Show the estimate step"
              description="Visitors pick the picture closest to their hair loss and see the likely number of sessions and your price range, worked out from Settings → Clinical."
              checked={showEstimate}
              onChange={(e) => setShowEstimate(e.currentTarget.checked)}
            />
            <Textarea
              label="Welcome text"
              description="A short line at the top of the booking form."
              placeholder="Book a free, no-obligation consultation with one of our practitioners."
              autosize
              minRows={2}
              maxRows={6}
              value={intro}
              error={introError}
              onChange={(e) => setIntro(e.currentTarget.value)}
              rightSection={
                <Text size="xs" c="dimmed" className="tabular" aria-hidden="true">
                  {intro.length}/{INTRO_MAX}
                </Text>
              }
              rightSectionWidth={72}
            />
          </Stack>
        </SettingsSection>
        <SettingsSection
          title="Websites allowed to embed booking"
          description="Your booking page works on its own. To put the booking form on your own website, add the website's address here."
        >
          <Stack gap="sm">
            {origins.length === 0 ? (
              <Text size="sm" c="dimmed">
                No websites yet. Only the booking page we host for you can take bookings.
              </Text>
            ) : (
              <List listStyleType="none" spacing="xs" aria-label="Allowed websites">
                {origins.map((origin) => (
                  <List.Item key={origin}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
                        {origin}
                      </Text>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${origin}`}
                        onClick={() => setOrigins(origins.filter((o) => o !== origin))}
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label="Add a website"
                placeholder="https://www.example.co.uk"
                style={{ flex: 1 }}
                value={draft}
                error={draftError}
                onChange={(e) => {
                  setDraft(e.currentTarget.value);
                  setDraftError(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    add();
                  }
                }}
              />
              <Button
                variant="light"
                mt={25}
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={add}
              >
                Add
              </Button>
            </Group>
          </Stack>
        </SettingsSection>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save online booking
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
