import { Alert, Button, Group, List, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconTrash } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { PREP_GUIDED_VIEWS } from "../../shared/contracts/client-prep.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { errorMessage } from "../lib/api.ts";
import { PhotoCapture } from "./photo-capture.tsx";
import { prepViews } from "./photo-tips.ts";
import classes from "./prep.module.css";
import type { PrepPhoto, PublicPrep } from "./prep-api.ts";
import { useMarkDone, useRemovePhoto } from "./prep-api.ts";

const STEPS = [...PREP_GUIDED_VIEWS, "scar"] as const;

interface PrepPhotosProps {
  token: string;
  prep: PublicPrep;
  onFinished: () => void;
  onBack: () => void;
}

/** The guided photos, one view at a time, then any scars; then "Finish photos". */
export function PrepPhotos({ token, prep, onFinished, onBack }: PrepPhotosProps) {
  const [index, setIndex] = useState(() => firstMissing(prep.photos));
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useRemovePhoto(token);
  const done = useMarkDone(token);
  const step = STEPS[index] ?? "scar";
  const view = prepViews[step];
  const latest = (v: string): PrepPhoto | null =>
    prep.photos.filter((p) => p.view === v).at(-1) ?? null;
  const sent = PREP_GUIDED_VIEWS.filter((v) => latest(v)).length;

  useEffect(() => {
    heading.current?.focus();
  }, []);
  const go = (next: number) => {
    setIndex(next);
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => heading.current?.focus());
  };
  const finish = () => done.mutate("photos", { onSuccess: onFinished });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>
          Photos ·{" "}
          {index < PREP_GUIDED_VIEWS.length
            ? `${index + 1} of ${PREP_GUIDED_VIEWS.length}`
            : "last step"}
        </Text>
        <Title order={2} fz="xl" ref={heading} tabIndex={-1}>
          {view.title}
        </Title>
        <Text>{view.frame}</Text>
      </Stack>
      {step === "scar" ? (
        <Scars
          token={token}
          photos={prep.photos.filter((p) => p.view === "scar")}
          colour={prep.clinic.primaryColour}
        />
      ) : (
        <PhotoCapture
          key={step}
          token={token}
          view={step}
          title={view.title}
          current={latest(step)}
          colour={prep.clinic.primaryColour}
          onSent={(previous) => previous && remove.mutate(previous.id)}
        />
      )}
      <Stack gap={6}>
        <Text fw={600}>Tips</Text>
        <List className={classes.tips} size="sm" spacing={4}>
          {view.tips.map((tip) => (
            <List.Item key={tip}>{tip}</List.Item>
          ))}
        </List>
      </Stack>
      {done.isError && (
        <Alert color="red" variant="light" role="alert" title="Not finished">
          {errorMessage(done.error)}
        </Alert>
      )}
      <Group justify="space-between" wrap="nowrap">
        <Button
          variant="subtle"
          size="md"
          leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          onClick={() => (index === 0 ? onBack() : go(index - 1))}
        >
          Back
        </Button>
        {step === "scar" ? (
          <Button size="md" onClick={finish} loading={done.isPending} disabled={sent === 0}>
            Finish photos
          </Button>
        ) : (
          <Button
            size="md"
            variant={latest(step) ? "filled" : "default"}
            rightSection={<IconArrowRight size={18} aria-hidden="true" />}
            onClick={() => go(index + 1)}
          >
            {latest(step) ? "Next" : "Skip this one"}
          </Button>
        )}
      </Group>
      {step === "scar" && sent === 0 && (
        <Text size="sm" c="dimmed" ta="right">
          Take at least one photo to finish.
        </Text>
      )}
    </Stack>
  );
}

function firstMissing(photos: PrepPhoto[]): number {
  const i = PREP_GUIDED_VIEWS.findIndex((v) => !photos.some((p) => p.view === v));
  return i === -1 ? PREP_GUIDED_VIEWS.length : i;
}

/** Scars: optional, as many as the client has, each with where it is. */
function Scars({ token, photos, colour }: { token: string; photos: PrepPhoto[]; colour: string }) {
  const [label, setLabel] = useState("");
  const [adding, setAdding] = useState(photos.length === 0 ? 0 : -1);
  const [removing, setRemoving] = useState<PrepPhoto | null>(null);
  const remove = useRemovePhoto(token);
  return (
    <Stack gap="md">
      {photos.length === 0 && adding === -1 && (
        <Text c="dimmed">No scar photos. That is fine if you have none.</Text>
      )}
      {photos.map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <img
              src={p.thumbUrl}
              alt={`Your photo: ${p.viewLabel}`}
              width={56}
              height={56}
              style={{ objectFit: "cover", borderRadius: 8 }}
            />
            <Text fw={500}>{p.viewLabel}</Text>
          </Group>
          <Button
            variant="subtle"
            color="red"
            size="sm"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            onClick={() => setRemoving(p)}
            aria-label={`Remove the photo of ${p.viewLabel}`}
          >
            Remove
          </Button>
        </Group>
      ))}
      {adding >= 0 ? (
        <Stack gap="sm">
          <TextInput
            size="md"
            label="Where is the scar?"
            description='For example "Strip scar across the back"'
            maxLength={80}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <PhotoCapture
            key={adding}
            token={token}
            view="scar"
            title="Scar"
            current={null}
            colour={colour}
            viewLabel={label.trim()}
            beforePick={() => (label.trim() ? null : "Say where the scar is first.")}
            onSent={() => {
              setLabel("");
              setAdding(-1);
            }}
          />
        </Stack>
      ) : (
        <Button variant="default" size="md" onClick={() => setAdding(photos.length + 1)}>
          Add a scar photo
        </Button>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this photo?"
        confirmLabel="Remove photo"
        destructive
        onConfirm={() => {
          if (removing) remove.mutate(removing.id);
          setRemoving(null);
        }}
        onClose={() => setRemoving(null)}
      >
        The clinic will no longer see it. You can take it again.
      </ConfirmDialog>
    </Stack>
  );
}
