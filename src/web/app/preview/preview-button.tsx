import { IconSparkles } from "@tabler/icons-react";
import { ButtonLink } from "../../components/links.tsx";

/** Opens the consultation's SMP preview editor (from the consultation screen). */
export function PreviewButton({ consultationId }: { consultationId: string }) {
  return (
    <ButtonLink
      to="/consultations/$consultationId/preview"
      params={{ consultationId }}
      variant="light"
      leftSection={<IconSparkles size={16} aria-hidden="true" />}
    >
      Preview
    </ButtonLink>
  );
}
