/** @jsxImportSource preact */
import type { PublicBookingConfirmed } from "../../shared/contracts/public-booking.ts";
import { formatWhen } from "../format.ts";
import { StepHeading } from "../ui.tsx";

const HOW: Record<string, string> = {
  video: "We'll email you a link to join the video call. You can use a phone or a computer.",
  phone: "Your practitioner will call you at this time on the number you gave us.",
};

export function ConfirmedStep(props: {
  booking: PublicBookingConfirmed;
  clinicName: string;
  focus: boolean;
}) {
  const a = props.booking.appointment;
  return (
    <section aria-labelledby="step-title">
      <div class="done-mark" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <path
            d="M5 12.5l4.5 4.5L19 7.5"
            fill="none"
            stroke="currentColor"
            stroke-width="2.6"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
      </div>
      <StepHeading focus={props.focus}>
        <span id="step-title">You're booked in</span>
      </StepHeading>
      <p class="lead">We've emailed you the details. We look forward to meeting you.</p>
      <dl>
        <div>
          <dt>When</dt>
          <dd>{formatWhen(a.startsAt, a.timeZone)}</dd>
        </div>
        <div>
          <dt>What</dt>
          <dd>{`${a.serviceName} · ${a.modeLabel}`}</dd>
        </div>
        <div>
          <dt>{a.mode === "in_person" ? "Where" : "How"}</dt>
          <dd>
            {a.mode === "in_person" ? (
              <>
                {a.locationName}
                <br />
                <span style="font-weight: 400">{a.locationAddress}</span>
              </>
            ) : (
              <span style="font-weight: 400">{HOW[a.mode]}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>{a.practitionerName}</dd>
        </div>
      </dl>
      <div class="prep">
        <p>
          <strong>Before your consultation</strong>
          <br />
          {`A few photos and answers help ${props.clinicName} make the most of your time together.`}
        </p>
        <a class="button primary" href={props.booking.prepUrl} target="_blank" rel="noopener">
          Upload your photos and answer a few questions
          <span class="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
    </section>
  );
}
