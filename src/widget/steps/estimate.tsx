/** @jsxImportSource preact */
import { useState } from "preact/hooks";
import type {
  EstimateChoice,
  EstimateStage,
  PublicEstimate,
} from "../../shared/contracts/public-booking.ts";
import { DiagramKey, HeadDiagram, type Scale, shapeOf, stageName } from "../diagrams.tsx";
import { BackButton, StepHeading } from "../ui.tsx";

function range(r: { min: number; max: number }) {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

export function EstimateStep(props: {
  estimate: PublicEstimate;
  value: EstimateChoice | null;
  focus: boolean;
  count: string;
  onBack: () => void;
  onNext: (choice: EstimateChoice | null) => void;
}) {
  const [scale, setScale] = useState<Scale>(props.value?.scale ?? "norwood");
  const [stage, setStage] = useState<string | null>(props.value?.stage ?? null);
  const stages: EstimateStage[] = props.estimate[scale];
  const chosen = stages.find((s) => s.stage === stage) ?? null;

  const pickScale = (next: Scale) => {
    if (next === scale) return;
    setScale(next);
    setStage(null);
  };

  return (
    <section aria-labelledby="step-title">
      <BackButton onClick={props.onBack} />
      <StepHeading focus={props.focus} count={props.count}>
        <span id="step-title">Which picture is closest to your hair?</span>
      </StepHeading>
      <p class="lead">
        Optional: it gives you an idea of the number of sessions and the cost before you come in.
      </p>
      <fieldset class="tabs">
        <legend class="sr-only">Pattern of hair loss</legend>
        <button
          type="button"
          aria-pressed={scale === "norwood"}
          onClick={() => pickScale("norwood")}
        >
          Hairline and crown
        </button>
        <button type="button" aria-pressed={scale === "ludwig"} onClick={() => pickScale("ludwig")}>
          Thinning on top
        </button>
      </fieldset>
      <fieldset>
        <legend class="sr-only">
          {scale === "norwood" ? "Norwood scale pictures" : "Ludwig scale pictures"}
        </legend>
        <div class="choices pictures">
          {stages.map((s) => {
            const shape = shapeOf(scale, s.stage);
            return (
              <label class="choice" key={`${scale}-${s.stage}`}>
                <input
                  type="radio"
                  name="estimate-stage"
                  value={s.stage}
                  checked={stage === s.stage}
                  onChange={() => setStage(s.stage)}
                />
                <HeadDiagram
                  scale={scale}
                  stage={s.stage}
                  id={`${scale}-${s.stage}`}
                  size={84}
                  decorative
                />
                <strong>
                  <span class="sr-only">{scale === "norwood" ? "Norwood " : "Ludwig "}</span>
                  {stageName(scale, s.stage).replace(/^(Norwood|Ludwig) /, "")}
                </strong>
                <small class="sr-only">{`, ${(shape?.description ?? "").toLowerCase()}`}</small>
              </label>
            );
          })}
        </div>
      </fieldset>
      <DiagramKey />
      <div aria-live="polite">
        {chosen && (
          <div class="result">
            <HeadDiagram
              scale={scale}
              stage={chosen.stage}
              id={`chosen-${chosen.stage}`}
              size={72}
            />
            <div class="figures">
              <p class="figure">
                <b>{range(chosen.sessions)}</b>
                <span>likely sessions</span>
              </p>
              <p class="figure">
                <b>{chosen.priceText}</b>
                <span>typical price</span>
              </p>
              <p class="note" style="grid-column: 1 / -1; margin: 0">
                {`${chosen.label}. `}
                {props.estimate.note}
              </p>
            </div>
          </div>
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          onClick={() =>
            props.onNext(chosen ? ({ scale, stage: chosen.stage } as EstimateChoice) : null)
          }
        >
          Continue
        </button>
        <button type="button" class="button secondary" onClick={() => props.onNext(null)}>
          Skip this step
        </button>
      </div>
    </section>
  );
}
