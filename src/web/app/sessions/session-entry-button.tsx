import { IconClipboardHeart } from "@tabler/icons-react";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import { ButtonLink } from "../../components/links.tsx";
import { useMe } from "../../lib/use-me.ts";

/** "Start session" / "Open session" for treatment and touch-up appointments; clinical roles only. */
export function SessionEntryButton({ appointment: a }: { appointment: Appointment }) {
  const me = useMe();
  if (me.member.role === "receptionist") return null;
  if (a.service.kind !== "treatment" && a.service.kind !== "touch_up") return null;
  if (a.status === "cancelled" || a.status === "no_show") return null;
  return (
    <ButtonLink
      to="/appointments/$appointmentId/session"
      params={{ appointmentId: a.id }}
      size="md"
      leftSection={<IconClipboardHeart size={18} />}
    >
      {a.status === "completed" ? "Open session record" : "Start or continue session"}
    </ButtonLink>
  );
}
