/** @jsxImportSource preact */
import type { PublicBookingConfig } from "../../shared/contracts/public-booking.ts";
import { StepHeading } from "../ui.tsx";

export function WelcomeStep(props: {
  config: PublicBookingConfig;
  focus: boolean;
  onNext: () => void;
}) {
  const { config } = props;
  const service = config.services[0];
  const modes = config.modes.map((m) => m.label.toLowerCase());
  const modeText =
    modes.length > 1 ? `${modes.slice(0, -1).join(", ")} or ${modes[modes.length - 1]}` : modes[0];
  return (
    <section aria-labelledby="step-title">
      <StepHeading focus={props.focus}>
        <span id="step-title">Book a free consultation</span>
      </StepHeading>
      {config.intro ? (
        <p class="intro lead">{config.intro}</p>
      ) : (
        <p class="lead">
          Talk to one of our practitioners about what you'd like to achieve. There's no obligation.
        </p>
      )}
      <ul class="facts">
        {service && (
          <li>
            <span>
              {service.durationMin} minutes
              {service.pricePence === 0 ? ", free of charge" : `, ${service.priceText}`}
            </span>
          </li>
        )}
        {modeText && <li>{`Choose ${modeText}`}</li>}
        <li>Pick a time that suits you and confirm with a code we email you</li>
      </ul>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onNext}>
          Get started
        </button>
      </div>
    </section>
  );
}
