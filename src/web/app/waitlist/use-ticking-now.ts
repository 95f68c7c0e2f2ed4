import { useEffect, useState } from "react";

/** The current time (epoch ms), updated every `intervalMs` while the component is shown. */
export function useTickingNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
