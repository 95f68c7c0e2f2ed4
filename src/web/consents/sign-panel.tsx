import {
  Alert,
  Button,
  Checkbox,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertCircle, IconSignature } from "@tabler/icons-react";
import { useId, useRef, useState } from "react";
import type { ConsentForm, SignConsentInput } from "../../shared/contracts/consents.ts";
import { errorMessage, isApiError } from "../lib/api.ts";
import { ConsentSignature, type ConsentSignatureHandle } from "./consent-signature.tsx";

/** Darker than Mantine's default error red, for text contrast on white (axe color-contrast). */
const ERROR_STYLES = { error: { color: "var(--mantine-color-red-9)" } };

interface Props {
  form: ConsentForm;
  /** The client's name, pre-filled. */
  defaultName: string;
  /** Sends the signature; rejects with the API's problem. */
  onSign: (input: SignConsentInput) => Promise<unknown>;
  /** Called when the server says the form changed meanwhile (reload it). */
  onStale?: () => void;
  /** "Hand the tablet to the client" wording for staff. */
  atClinic?: boolean;
}

/** One consent form to read and sign: the full text, "I have read and agree", name, signature. */
export function SignPanel({ form, defaultName, onSign, onStale, atClinic }: Props) {
  const [agreed, setAgreed] = useState(false);
  const [name, setName] = useState(defaultName);
  const [signatureEmpty, setSignatureEmpty] = useState(true);
  const [errors, setErrors] = useState<{ agreed?: string; name?: string; signature?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signature = useRef<ConsentSignatureHandle>(null);
  const textId = useId();

  const submit = async () => {
    const next = {
      agreed: agreed ? undefined : "Tick the box to confirm you have read and agree.",
      name: name.trim().length >= 2 ? undefined : "Type your full name.",
      signature: signatureEmpty ? "Sign in the box, or type your name to sign." : undefined,
    };
    setErrors(next);
    if (next.agreed || next.name || next.signature) return;
    setBusy(true);
    setProblem(null);
    try {
      await onSign({
        templateId: form.templateId,
        version: form.version,
        sha256: form.sha256,
        agreed: true,
        signedName: name.trim(),
        signature: signature.current?.toDataURL() ?? "",
      });
    } catch (error) {
      setProblem(errorMessage(error));
      if (isApiError(error, 409)) onStale?.();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4">
          {form.title}
        </Title>
        <Text size="xs" c="dark.4">
          Version {form.version}
          {form.required ? "" : " · optional"}
        </Text>
      </div>
      <Paper withBorder radius="md" p={0}>
        <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
          <Text
            id={textId}
            component="div"
            p="md"
            size="sm"
            style={{ whiteSpace: "pre-wrap" }}
            tabIndex={0}
            aria-label={`${form.title}: full text`}
          >
            {form.body}
          </Text>
        </ScrollArea.Autosize>
      </Paper>
      <Checkbox
        label="I have read and agree"
        checked={agreed}
        onChange={(e) => {
          setAgreed(e.currentTarget.checked);
          setErrors((x) => ({ ...x, agreed: undefined }));
        }}
        error={errors.agreed}
        styles={ERROR_STYLES}
        aria-describedby={textId}
      />
      <TextInput
        label="Full name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
        styles={ERROR_STYLES}
        autoComplete="name"
        required
      />
      <ConsentSignature
        ref={signature}
        name={name}
        onChange={(empty) => {
          setSignatureEmpty(empty);
          if (!empty) setErrors((x) => ({ ...x, signature: undefined }));
        }}
        error={errors.signature}
        disabled={busy}
      />
      {problem && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden="true" />} role="alert">
          {problem}
        </Alert>
      )}
      <Button
        onClick={submit}
        loading={busy}
        leftSection={<IconSignature size={18} aria-hidden="true" />}
        size="md"
      >
        {atClinic ? "Sign on this tablet" : "Sign"}
      </Button>
    </Stack>
  );
}
