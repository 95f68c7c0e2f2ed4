import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Image,
  Loader,
  SegmentedControl,
  Stack,
  Text,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { HairlineHelperId } from "../../../domain/preview/types.ts";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import type { PreviewState } from "../../../shared/contracts/preview.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { clientPhotosQuery, type Photo, photoUrlsQuery } from "../photos/photos-api.ts";
import { CompareView } from "./compare-view.tsx";
import { EditorCanvas } from "./editor-canvas.tsx";
import { designFor, type EditorValue, emptyDesign, type Tool, tidyDesign } from "./editor-model.ts";
import { ParamsPanel } from "./params-panel.tsx";
import { PhotoPicker } from "./photo-picker.tsx";
import { useSavePreview } from "./preview-api.ts";
import { SaveBar } from "./save-bar.tsx";
import { ToolsPanel } from "./tools-panel.tsx";
import { useCanvasTools } from "./use-canvas-tools.ts";
import { useLiveRender } from "./use-live-render.ts";
import { usePhotoPixels } from "./use-photo-pixels.ts";
import { useUndo } from "./use-undo.ts";

interface PreviewEditorProps {
  consultation: ConsultationDetail;
  state: PreviewState;
  onReload: () => Promise<void>;
}

type ViewMode = "edit" | "slider" | "side";

/** The editor: photo, tools, live simulation, parameters, compare and save. */
export function PreviewEditor({ consultation, state, onReload }: PreviewEditorProps) {
  const saved = state.preview;
  const readOnly = state.readOnlyReason !== null;
  const fmt = useFormatter();
  const photos = useQuery(clientPhotosQuery(consultation.client.id));
  const [photoId, setPhotoId] = useState<string | null>(saved?.photoId ?? null);
  const [confirmPhoto, setConfirmPhoto] = useState<Photo | null>(null);
  const [choosing, setChoosing] = useState(false);
  const photo = photos.data?.items.find((p) => p.id === photoId) ?? null;
  const urls = useQuery({ ...photoUrlsQuery(photoId ?? ""), enabled: !!photoId });
  const pixels = usePhotoPixels(photoId, urls.data?.url ?? null, photo?.width ?? 1);
  const initial: EditorValue = useMemo(
    () => ({
      design: saved?.design ?? emptyDesign(1, 1),
      params: saved?.params ?? state.defaults,
    }),
    [saved, state.defaults],
  );
  const history = useUndo<EditorValue>(initial, !readOnly);
  const [baseline, setBaseline] = useState<EditorValue>(initial);
  const { design, params } = history.value;
  const [tool, setTool] = useState<Tool>(saved ? "paint" : "calibrate");
  const [mode, setMode] = useState<ViewMode>("edit");
  const [brushMm, setBrushMm] = useState(20);
  const [calibrationMm, setCalibrationMm] = useState(saved?.design.calibration?.mm ?? 20);
  const [helperToPlace, setHelperToPlace] = useState<HairlineHelperId | null>(null);
  const save = useSavePreview(consultation.id);
  const [version, setVersion] = useState(saved?.version ?? 0);

  // The drawing lives in the photo's pixels: a (new) photo starts from its saved design or afresh.
  useEffect(() => {
    if (!photo) return;
    if (
      history.value.design.imageWidth === photo.width &&
      history.value.design.imageHeight === photo.height
    )
      return;
    const next = {
      design: designFor(saved?.photoId === photo.id ? saved.design : null, photo),
      params: history.value.params,
    };
    history.reset(next);
    setBaseline(next);
  }, [photo, saved, history]);

  const live = useLiveRender(pixels.data ?? null, design, params);
  const tools = useCanvasTools({
    tool,
    design,
    readOnly,
    brushRadiusPx: (brushMm / 2) * design.pxPerMm,
    helperToPlace,
    calibrationMm,
    change: (d, transient) => history.set({ design: d, params }, { transient }),
    commit: history.commit,
  });
  const dirty = history.value !== baseline || (saved?.photoId ?? null) !== photoId;

  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, readOnly]);

  const pick = (p: Photo) => {
    if (p.id === photoId) return;
    if (design.hairline.length || design.strokes.length) setConfirmPhoto(p);
    else setPhotoId(p.id);
  };

  const submit = () => {
    if (!photo) return;
    const value = history.value;
    save.mutate(
      { photoId: photo.id, design: tidyDesign(value.design), params: value.params, version },
      {
        onSuccess: (next) => {
          setVersion(next.version);
          setBaseline(value);
          notifications.show({
            color: "teal",
            title: "Preview saved",
            message: "The design and its rendering are stored with the consultation.",
          });
        },
      },
    );
  };

  const reload = async () => {
    save.reset();
    await onReload();
  };

  if (readOnly && !saved) {
    return (
      <Alert color="slate" icon={<IconLock size={18} aria-hidden="true" />}>
        {state.readOnlyReason}
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      {readOnly && (
        <Alert
          color="slate"
          variant="light"
          icon={<IconLock size={18} aria-hidden="true" />}
          title="Read only"
        >
          {state.readOnlyReason}
          {saved?.frozenAt ? ` Accepted on ${fmt.date(Date.parse(saved.frozenAt))}.` : ""}
        </Alert>
      )}
      {!readOnly && (choosing || !photoId) && (
        <PhotoPicker
          clientId={consultation.client.id}
          consultationId={consultation.id}
          selected={photoId}
          onPick={(p) => {
            setChoosing(false);
            pick(p);
          }}
        />
      )}
      {photoId && !photo && photos.data && (
        <Alert color="orange" variant="light" title="The photo is no longer available">
          The photo this design was drawn on has been deleted. Choose another photo to draw a new
          design.
        </Alert>
      )}
      {photo && (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Card padding="md" component="section" aria-label="Drawing">
              <Stack gap="sm">
                <Group justify="space-between" gap="sm">
                  <SegmentedControl
                    aria-label="View"
                    value={mode}
                    onChange={(v) => setMode(v as ViewMode)}
                    data={[
                      { value: "edit", label: readOnly ? "Result" : "Draw" },
                      { value: "slider", label: "Before / after" },
                      { value: "side", label: "Side by side" },
                    ]}
                  />
                  {!readOnly && !choosing && (
                    <Button variant="subtle" size="compact-sm" onClick={() => setChoosing(true)}>
                      Change photo
                    </Button>
                  )}
                  {live.mode && (
                    <Text size="xs" c="dimmed">
                      {live.frame ? `Rendered in ${live.frame.ms.toFixed(0)} ms` : "Rendering…"}
                    </Text>
                  )}
                </Group>
                {mode === "edit" && !readOnly && (
                  <ToolsPanel
                    tool={tool}
                    setTool={setTool}
                    design={design}
                    change={(d) => history.set({ design: d, params })}
                    brushMm={brushMm}
                    setBrushMm={setBrushMm}
                    calibrationMm={calibrationMm}
                    setCalibrationMm={setCalibrationMm}
                    helperToPlace={helperToPlace}
                    setHelperToPlace={setHelperToPlace}
                    undo={history}
                  />
                )}
                {pixels.isError || urls.isError ? (
                  <Alert color="red" variant="light" title="The photo could not be loaded">
                    {errorMessage(pixels.error ?? urls.error)}
                  </Alert>
                ) : !pixels.data ? (
                  <Group justify="center" h={320}>
                    <Loader aria-label="Loading the photo" />
                  </Group>
                ) : mode === "edit" ? (
                  <EditorCanvas
                    work={pixels.data}
                    frame={live.frame}
                    design={design}
                    tool={tool}
                    brushRadiusPx={(brushMm / 2) * design.pxPerMm}
                    tools={tools}
                    readOnly={readOnly}
                  />
                ) : (
                  <CompareView work={pixels.data} frame={live.frame} mode={mode} />
                )}
                {live.failed && (
                  <Text size="sm" c="red">
                    The simulation could not be drawn. Try another setting.
                  </Text>
                )}
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Card padding="md" component="section" aria-label="Simulation settings">
                <ParamsPanel
                  params={params}
                  readOnly={readOnly}
                  planShadePct={state.planShadePct}
                  change={(p, transient) => history.set({ design, params: p }, { transient })}
                  commit={history.commit}
                />
              </Card>
              {!readOnly && (
                <Card padding="md">
                  <Stack gap="sm">
                    <SaveBar
                      dirty={dirty}
                      saving={save.isPending}
                      error={save.error}
                      canSave={design.strokes.length > 0}
                      savedAt={
                        (save.data ?? saved)
                          ? fmt.dateTime(Date.parse((save.data ?? saved)?.updatedAt ?? ""))
                          : null
                      }
                      onSave={submit}
                      onReload={() => void reload()}
                    />
                    {design.strokes.length === 0 && (
                      <Text size="xs" c="dimmed">
                        Paint the treatment area to save the preview.
                      </Text>
                    )}
                  </Stack>
                </Card>
              )}
              {save.data?.renderThumbUrl || saved?.renderThumbUrl ? (
                <Card padding="sm">
                  <Text size="sm" fw={600} mb={6}>
                    Stored rendering
                  </Text>
                  <Image
                    src={save.data?.renderThumbUrl ?? saved?.renderThumbUrl}
                    alt="The saved simulation as stored with the consultation"
                    radius="sm"
                  />
                </Card>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <ConfirmDialog
        opened={confirmPhoto !== null}
        title="Draw on another photo?"
        confirmLabel="Use this photo"
        destructive
        onClose={() => setConfirmPhoto(null)}
        onConfirm={() => {
          setPhotoId(confirmPhoto?.id ?? null);
          setConfirmPhoto(null);
        }}
      >
        The hairline and treatment area are drawn on the current photo and do not carry over. Until
        you save, the saved design stays as it is.
      </ConfirmDialog>
    </Stack>
  );
}
