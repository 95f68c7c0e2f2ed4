/** @jsxImportSource preact */
import { useEffect, useState } from "preact/hooks";
import type { PublicSlot, PublicSlots } from "../../shared/contracts/public-booking.ts";
import { ApiProblem, type BookingApi } from "../api.ts";
import { addDays, dateParts, datesFrom, todayIn, weekLabel } from "../format.ts";
import { Alert, BackButton, StepHeading } from "../ui.tsx";
import type { ConsultationChoice } from "./consultation.tsx";

const WEEK = 7;
/** How far ahead the next-week button goes. */
const MAX_WEEKS_AHEAD = 26;

type Load =
  | { state: "loading" }
  | { state: "error"; message: string }
  | { state: "ready"; data: PublicSlots };

export function TimesStep(props: {
  api: BookingApi;
  choice: ConsultationChoice;
  timeZone: string;
  focus: boolean;
  count: string;
  /** Shown above the times, e.g. "that time has just been taken". */
  notice: string | null;
  busy: boolean;
  onBack: () => void;
  onPick: (slot: PublicSlot) => void;
}) {
  const today = todayIn(props.timeZone, new Date());
  const [from, setFrom] = useState(today);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [day, setDay] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { api, choice } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt and notice ask for a reload
  useEffect(() => {
    let live = true;
    setLoad({ state: "loading" });
    api
      .slots({
        serviceId: choice.serviceId,
        locationId: choice.locationId,
        practitionerId: choice.practitionerId,
        from,
        days: WEEK,
      })
      .then((data) => {
        if (!live) return;
        setLoad({ state: "ready", data });
        setDay((current) =>
          current && data.slots.some((s) => s.date === current)
            ? current
            : (data.slots[0]?.date ?? null),
        );
      })
      .catch((error: unknown) => {
        if (!live) return;
        setLoad({
          state: "error",
          message: error instanceof ApiProblem ? error.detail : "Times could not be loaded.",
        });
      });
    return () => {
      live = false;
    };
  }, [api, choice, from, attempt, props.notice]);

  const dates = datesFrom(from, WEEK);
  const slots = load.state === "ready" ? load.data.slots : [];
  const byDay = (date: string) => slots.filter((s) => s.date === date);
  const dayTimes = day ? byDay(day) : [];
  const lastFrom = addDays(today, WEEK * MAX_WEEKS_AHEAD);

  return (
    <section aria-labelledby="step-title">
      <BackButton onClick={props.onBack} />
      <StepHeading focus={props.focus} count={props.count}>
        <span id="step-title">Choose a time</span>
      </StepHeading>
      {props.notice && <Alert>{props.notice}</Alert>}
      <div class="week">
        <button
          type="button"
          class="icon"
          aria-label="Previous week"
          disabled={from <= today}
          onClick={() => setFrom(laterDate(addDays(from, -WEEK), today))}
        >
          <Chevron dir="left" />
        </button>
        <h3 aria-live="polite">{weekLabel(from, WEEK)}</h3>
        <button
          type="button"
          class="icon"
          aria-label="Next week"
          disabled={from >= lastFrom}
          onClick={() => setFrom(addDays(from, WEEK))}
        >
          <Chevron dir="right" />
        </button>
      </div>
      {load.state === "loading" && (
        <div role="status" aria-busy="true">
          <span class="sr-only">Loading times…</span>
          <div class="days">
            {dates.map((d) => (
              <div key={d} class="skeleton" style="min-height: 64px" />
            ))}
          </div>
          <div class="times">
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <div key={n} class="skeleton" />
            ))}
          </div>
        </div>
      )}
      {load.state === "error" && (
        <>
          <Alert>
            <strong>Times could not be loaded</strong>
            {load.message}
          </Alert>
          <button type="button" class="button secondary" onClick={() => setAttempt(attempt + 1)}>
            Try again
          </button>
        </>
      )}
      {load.state === "ready" && slots.length === 0 && (
        <div class="empty">
          <p>
            <strong>No free times this week — try next week</strong>
          </p>
          <button
            type="button"
            class="button secondary"
            disabled={from >= lastFrom}
            onClick={() => setFrom(addDays(from, WEEK))}
          >
            Next week
          </button>
        </div>
      )}
      {load.state === "ready" && slots.length > 0 && (
        <>
          <ul class="days" aria-label="Days">
            {dates.map((d) => {
              const parts = dateParts(d);
              const count = byDay(d).length;
              return (
                <li key={d}>
                  <button
                    type="button"
                    class="day"
                    aria-pressed={day === d}
                    disabled={count === 0}
                    aria-label={`${parts.long}, ${count === 0 ? "no free times" : `${count} free time${count === 1 ? "" : "s"}`}`}
                    onClick={() => setDay(d)}
                  >
                    <small>{parts.weekday}</small>
                    <b>{parts.day}</b>
                    <small>{parts.month}</small>
                  </button>
                </li>
              );
            })}
          </ul>
          {day && (
            <>
              <h3 id="times-title">{dateParts(day).long}</h3>
              <ul class="times" aria-labelledby="times-title">
                {dayTimes.map((slot) => (
                  <li key={slot.startsAt}>
                    <button
                      type="button"
                      class="time"
                      disabled={props.busy}
                      aria-label={`${slot.time}, ${dateParts(slot.date).long}`}
                      onClick={() => props.onPick(slot)}
                    >
                      {slot.time}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="muted" style="margin-top: 14px">
            {`Times are in the clinic's time zone (${load.data.timeZone.replace(/_/g, " ")}).`}
          </p>
        </>
      )}
    </section>
  );
}

/** The later of two YYYY-MM-DD dates. */
function laterDate(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

function Chevron(props: { dir: "left" | "right" }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d={props.dir === "left" ? "M15 5l-7 7 7 7" : "M9 5l7 7-7 7"}
        fill="none"
        stroke="currentColor"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
