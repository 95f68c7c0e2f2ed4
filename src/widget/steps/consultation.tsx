/** @jsxImportSource preact */
import { useState } from "preact/hooks";
import type {
  PublicBookingConfig,
  PublicConsultationMode,
} from "../../shared/contracts/public-booking.ts";
import { BackButton, StepHeading } from "../ui.tsx";

export interface ConsultationChoice {
  serviceId: string;
  mode: PublicConsultationMode;
  locationId: string;
  practitionerId: string;
}

const MODE_HINTS: Record<PublicConsultationMode, string> = {
  in_person: "Meet us at the clinic",
  video: "From home, on your phone or computer",
  phone: "We call you at the time you choose",
};

/** Whether the person must pick a location: in person, or when the clinic has several. */
export function needsLocation(config: PublicBookingConfig, mode: PublicConsultationMode | null) {
  return config.locations.length > 1 || (mode === "in_person" && config.locations.length > 0);
}

export function ConsultationStep(props: {
  config: PublicBookingConfig;
  value: ConsultationChoice | null;
  focus: boolean;
  count: string;
  onBack: () => void;
  onNext: (choice: ConsultationChoice) => void;
}) {
  const { config } = props;
  const [serviceId, setServiceId] = useState(
    props.value?.serviceId ?? config.services[0]?.id ?? "",
  );
  const [mode, setMode] = useState<PublicConsultationMode | null>(props.value?.mode ?? null);
  const [locationId, setLocationId] = useState(
    props.value?.locationId ??
      (config.locations.length === 1 ? (config.locations[0]?.id ?? "") : ""),
  );
  const [practitionerId, setPractitionerId] = useState(props.value?.practitionerId ?? "any");
  const [errors, setErrors] = useState<{ mode?: string; location?: string }>({});
  const showLocation = needsLocation(config, mode);

  const submit = (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!mode) next.mode = "Choose how you'd like to meet.";
    if (showLocation && !locationId) next.location = "Choose a clinic.";
    setErrors(next);
    if (next.mode || next.location || !mode) {
      const first = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(
        next.mode ? "input[name=mode]" : "input[name=location]",
      );
      first?.focus();
      return;
    }
    props.onNext({
      serviceId,
      mode,
      locationId: locationId || config.locations[0]?.id || "",
      practitionerId,
    });
  };

  return (
    <section aria-labelledby="step-title">
      <BackButton onClick={props.onBack} />
      <StepHeading focus={props.focus} count={props.count}>
        <span id="step-title">Your consultation</span>
      </StepHeading>
      <form onSubmit={submit} noValidate>
        {config.services.length > 1 && (
          <fieldset>
            <legend>Type of consultation</legend>
            <div class="choices">
              {config.services.map((s) => (
                <label class="choice" key={s.id}>
                  <input
                    type="radio"
                    name="service"
                    value={s.id}
                    checked={serviceId === s.id}
                    onChange={() => setServiceId(s.id)}
                  />
                  <span>
                    <strong>{s.name}</strong>
                    <small>{`${s.durationMin} min · ${s.priceText}`}</small>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset aria-describedby={errors.mode ? "mode-error" : undefined}>
          <legend>How would you like to meet?</legend>
          <div class="choices">
            {config.modes.map((m) => (
              <label class="choice" key={m.id}>
                <input
                  type="radio"
                  name="mode"
                  value={m.id}
                  checked={mode === m.id}
                  onChange={() => setMode(m.id)}
                />
                <span>
                  <strong>{m.label}</strong>
                  <small>{MODE_HINTS[m.id]}</small>
                </span>
              </label>
            ))}
          </div>
          {errors.mode && (
            <p class="error-text" id="mode-error">
              {errors.mode}
            </p>
          )}
        </fieldset>
        {showLocation && (
          <fieldset aria-describedby={errors.location ? "location-error" : undefined}>
            <legend>{mode === "in_person" ? "Where?" : "Which clinic?"}</legend>
            <div class="choices">
              {config.locations.map((l) => (
                <label class="choice" key={l.id}>
                  <input
                    type="radio"
                    name="location"
                    value={l.id}
                    checked={locationId === l.id}
                    onChange={() => setLocationId(l.id)}
                  />
                  <span>
                    <strong>{l.name}</strong>
                    <small>{l.address}</small>
                  </span>
                </label>
              ))}
            </div>
            {errors.location && (
              <p class="error-text" id="location-error">
                {errors.location}
              </p>
            )}
          </fieldset>
        )}
        {config.practitioners.length > 1 && (
          <div class="field">
            <label for="practitioner">Practitioner</label>
            <select
              id="practitioner"
              value={practitionerId}
              onChange={(e) => setPractitionerId((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="any">Any practitioner (most times)</option>
              {config.practitioners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="button primary">
            See available times
          </button>
        </div>
      </form>
    </section>
  );
}
