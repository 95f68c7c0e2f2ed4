import {
  Alert,
  Button,
  CloseButton,
  FileButton,
  Group,
  Image,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { IconAlertCircle, IconCamera, IconMoodHappy, IconMoodSad } from "@tabler/icons-react";
import { type ReactNode, useEffect, useState } from "react";
import {
  CHECK_IN_NOTE_MAX,
  type CheckInAnswerValue,
  type CheckInPhotoView,
  type PublicCheckIn,
} from "../../shared/contracts/check-ins.ts";
import { errorMessage } from "../lib/api.ts";
import { formatterFor } from "../lib/format.ts";
import { generatePalette } from "../lib/palette.ts";
import classes from "./check-in.module.css";
import { useAnswerCheckIn } from "./check-in-api.ts";
import { shrinkPhoto } from "./shrink-photo.ts";

const views: { value: CheckInPhotoView; label: string }[] = [
  { value: "top", label: "Top of the head" },
  { value: "crown", label: "Crown" },
  { value: "front_hairline", label: "Front hairline" },
  { value: "left_temple", label: "Left side" },
  { value: "right_temple", label: "Right side" },
  { value: "back", label: "Back of the head" },
];

/** The clinic's colour at a shade dark enough for a button, as the staff app's theme picks it. */
function buttonColour(hex: string): string {
  const palette = generatePalette(hex);
  return palette.shades[Math.min(8, Math.max(5, palette.index))] ?? hex;
}

/** The open check-in: two big choices, then an optional note and photo, then send. */
export function CheckInForm({ token, checkIn }: { token: string; checkIn: PublicCheckIn }) {
  const send = useAnswerCheckIn(token);
  const [answer, setAnswer] = useState<CheckInAnswerValue | null>(null);
  const [note, setNote] = useState("");
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [view, setView] = useState<CheckInPhotoView>("top");
  const [preview, setPreview] = useState<string | null>(null);
  const fmt = formatterFor({
    locale: checkIn.clinic.locale,
    timeZone: checkIn.timeZone,
    currency: "GBP",
  });

  useEffect(() => {
    if (!photo) return setPreview(null);
    const url = URL.createObjectURL(photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  async function pick(file: File | null) {
    setPhotoError(null);
    if (!file) return;
    setPreparing(true);
    try {
      setPhoto(await shrinkPhoto(file));
    } catch (error) {
      setPhotoError(error instanceof Error ? error.message : "This photo could not be used.");
    } finally {
      setPreparing(false);
    }
  }

  const colour = buttonColour(checkIn.clinic.primaryColour);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={22} lh={1.25}>
          How are you getting on, {checkIn.firstName}?
        </Title>
        <Text size="sm" c="dimmed">
          It's been {checkIn.day} days since your visit on{" "}
          {fmt.weekdayDate(Date.parse(checkIn.visitOn))}. Let {checkIn.clinic.name} know how things
          are.
        </Text>
      </Stack>
      <fieldset
        className={classes.choices}
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        <VisuallyHidden component="legend">How are things?</VisuallyHidden>
        <Choice
          selected={answer === "fine"}
          colour="green"
          icon={<IconMoodHappy size={32} aria-hidden="true" />}
          label="All fine"
          hint="Healing as expected"
          onSelect={() => setAnswer("fine")}
        />
        <Choice
          selected={answer === "concern"}
          colour="orange"
          icon={<IconMoodSad size={32} aria-hidden="true" />}
          label="Something's wrong"
          hint="I'd like the clinic to contact me"
          onSelect={() => setAnswer("concern")}
        />
      </fieldset>
      {answer && (
        <Stack gap="md">
          <Textarea
            label={
              answer === "concern"
                ? "What's worrying you? (optional)"
                : "Anything you'd like to tell us? (optional)"
            }
            autosize
            minRows={3}
            maxLength={CHECK_IN_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Photo (optional)
            </Text>
            {preview ? (
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <Image src={preview} alt="Your photo" w={96} h={96} radius="md" fit="cover" />
                <Stack gap={6} style={{ flex: 1 }}>
                  <NativeSelect
                    label="What does it show?"
                    data={views}
                    value={view}
                    onChange={(e) => setView(e.currentTarget.value as CheckInPhotoView)}
                  />
                </Stack>
                <CloseButton aria-label="Remove the photo" onClick={() => setPhoto(null)} />
              </Group>
            ) : (
              <FileButton onChange={(f) => void pick(f)} accept="image/*" capture="environment">
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    leftSection={<IconCamera size={18} />}
                    loading={preparing}
                  >
                    Take or choose a photo
                  </Button>
                )}
              </FileButton>
            )}
            {photoError && (
              <Text size="sm" c="red.8" role="alert">
                {photoError}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              The photo goes only to {checkIn.clinic.name}, to your records.
            </Text>
          </Stack>
          {send.error && (
            <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} />}>
              {errorMessage(send.error)}
            </Alert>
          )}
          <Button
            size="lg"
            fullWidth
            color={colour}
            loading={send.isPending}
            disabled={preparing}
            onClick={() => send.mutate({ answer, note, photo, view })}
          >
            Send my answer
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

function Choice(props: {
  selected: boolean;
  colour: string;
  icon: ReactNode;
  label: string;
  hint: string;
  onSelect: () => void;
}) {
  return (
    <UnstyledButton
      aria-pressed={props.selected}
      className={classes.choice}
      data-selected={props.selected || undefined}
      style={{ "--choice-colour": `var(--mantine-color-${props.colour}-7)` }}
      onClick={props.onSelect}
    >
      <Group gap="md" wrap="nowrap">
        <span className={classes.icon}>{props.icon}</span>
        <Stack gap={2}>
          <Text fw={700} fz="lg">
            {props.label}
          </Text>
          <Text size="sm" c="dimmed">
            {props.hint}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
