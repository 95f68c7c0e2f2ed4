import { useMemo } from "react";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { useMe } from "../../lib/use-me.ts";

/** Today's date (YYYY-MM-DD) in the clinic's zone. */
export function useClinicToday(): string {
  const { clinic } = useMe();
  return useMemo(() => epochToLocal(Date.now(), clinic.timeZone).date, [clinic.timeZone]);
}
