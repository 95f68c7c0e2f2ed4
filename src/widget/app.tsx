/** @jsxImportSource preact */
import { useCallback, useEffect, useState } from "preact/hooks";
import type {
  BookingRequestView,
  EstimateChoice,
  PublicBookingConfig,
  PublicBookingConfirmed,
  PublicSlot,
} from "../shared/contracts/public-booking.ts";
import { ApiProblem, type BookingApi } from "./api.ts";
import { readableOnWhite, safeColour, textOn } from "./format.ts";
import { problemMessage, timeGone } from "./problems.ts";
import { CodeStep } from "./steps/code.tsx";
import { ConfirmedStep } from "./steps/confirmed.tsx";
import { type ConsultationChoice, ConsultationStep } from "./steps/consultation.tsx";
import { type Contact, DetailsStep } from "./steps/details.tsx";
import { EstimateStep } from "./steps/estimate.tsx";
import { TimesStep } from "./steps/times.tsx";
import { WelcomeStep } from "./steps/welcome.tsx";
import { Alert, HoldCountdown } from "./ui.tsx";

type StepId = "welcome" | "estimate" | "consult" | "times" | "details" | "code" | "done";

const RELEASED = "We couldn't hold that time any longer — choose a time again.";

export function App(props: { api: BookingApi; page: boolean }) {
  const { api } = props;
  const [config, setConfig] = useState<PublicBookingConfig | null>(null);
  const [loadError, setLoadError] = useState<ApiProblem | null>(null);
  const [step, setStepState] = useState<StepId>("welcome");
  const [moved, setMoved] = useState(false);
  const [estimate, setEstimate] = useState<EstimateChoice | null>(null);
  const [choice, setChoice] = useState<ConsultationChoice | null>(null);
  const [request, setRequest] = useState<BookingRequestView | null>(null);
  const [contact, setContact] = useState<Contact>({
    firstName: "",
    lastName: "",
    email: "",
    phone: "",
  });
  const [booking, setBooking] = useState<PublicBookingConfirmed | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .config()
      .then(setConfig, (e: unknown) =>
        setLoadError(e instanceof ApiProblem ? e : new ApiProblem(0, "Something went wrong", "")),
      );
  }, [api]);

  const go = (next: StepId) => {
    setMoved(true);
    setError(null);
    setGone(false);
    setStepState(next);
  };
  const backToTimes = (message: string | null) => {
    setNotice(message);
    go("times");
  };
  const onHoldExpired = useCallback(() => {
    setGone(true);
    setError(RELEASED);
  }, []);

  if (loadError) {
    return (
      <Shell page={props.page} config={null} progress={0}>
        <h2>Online booking is not available</h2>
        <Alert>
          {loadError.status === 404
            ? "This clinic doesn't take bookings online at the moment. Please contact them directly."
            : loadError.detail}
        </Alert>
      </Shell>
    );
  }
  if (!config) {
    return (
      <Shell page={props.page} config={null} progress={0}>
        <div role="status" aria-busy="true">
          <span class="sr-only">Loading booking…</span>
          <div class="skeleton" style="height: 28px; width: 60%; margin-bottom: 12px" />
          <div class="skeleton" style="height: 64px; margin-bottom: 12px" />
          <div class="skeleton" style="height: 48px" />
        </div>
      </Shell>
    );
  }

  const steps: StepId[] = [
    "welcome",
    ...(config.estimate ? (["estimate"] as const) : []),
    "consult",
    "times",
    "details",
    "code",
    "done",
  ];
  const index = steps.indexOf(step);
  const count = `Step ${index} of ${steps.length - 2}`;
  const location = config.locations.find((l) => l.id === choice?.locationId) ?? config.locations[0];
  const hold =
    request && step !== "done" ? (
      <HoldCountdown expiresAt={request.holdExpiresAt} onExpire={onHoldExpired} />
    ) : null;

  const pick = async (slot: PublicSlot) => {
    if (!choice) return;
    setBusy(true);
    setNotice(null);
    try {
      const held = await api.hold({
        serviceId: choice.serviceId,
        locationId: choice.locationId,
        practitionerId: choice.practitionerId,
        startsAt: slot.startsAt,
        ...(request?.status === "pending" ? { replacesRequestId: request.requestId } : {}),
      });
      setRequest(held);
      go("details");
    } catch (e) {
      setNotice(problemMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const sendDetails = async (next: Contact) => {
    if (!request || !choice) return;
    setContact(next);
    setBusy(true);
    setError(null);
    try {
      const view = await api.details(request.requestId, {
        firstName: next.firstName.trim(),
        lastName: next.lastName.trim(),
        email: next.email.trim(),
        phone: next.phone.trim(),
        estimate,
        mode: choice.mode,
      });
      setRequest(view);
      go("code");
    } catch (e) {
      if (timeGone(e)) backToTimes(problemMessage(e));
      else setError(problemMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (code: string) => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      setBooking(await api.confirm(request.requestId, { code }));
      setRequest(null);
      go("done");
    } catch (e) {
      setGone(timeGone(e));
      setError(problemMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const resend = async () => {
    if (!request) return;
    setError(null);
    try {
      setRequest(await api.resend(request.requestId));
    } catch (e) {
      setGone(timeGone(e));
      setError(problemMessage(e));
    }
  };

  return (
    <Shell page={props.page} config={config} progress={index / (steps.length - 1)}>
      {step === "welcome" && (
        <WelcomeStep
          config={config}
          focus={moved}
          onNext={() => go(config.estimate ? "estimate" : "consult")}
        />
      )}
      {step === "estimate" && config.estimate && (
        <EstimateStep
          estimate={config.estimate}
          value={estimate}
          focus={moved}
          count={count}
          onBack={() => go("welcome")}
          onNext={(value) => {
            setEstimate(value);
            go("consult");
          }}
        />
      )}
      {step === "consult" && (
        <ConsultationStep
          config={config}
          value={choice}
          focus={moved}
          count={count}
          onBack={() => go(config.estimate ? "estimate" : "welcome")}
          onNext={(value) => {
            setChoice(value);
            setNotice(null);
            go("times");
          }}
        />
      )}
      {step === "times" && choice && (
        <TimesStep
          api={api}
          choice={choice}
          timeZone={location?.timeZone ?? "Europe/London"}
          focus={moved}
          count={count}
          notice={notice}
          busy={busy}
          onBack={() => go("consult")}
          onPick={pick}
        />
      )}
      {step === "details" && request && (
        <DetailsStep
          request={request}
          value={contact}
          clinicName={config.clinic.name}
          focus={moved}
          count={count}
          error={error}
          busy={busy}
          hold={hold}
          onBack={() => backToTimes(null)}
          onSubmit={sendDetails}
        />
      )}
      {step === "code" && request && (
        <CodeStep
          request={request}
          focus={moved}
          count={count}
          codeMinutes={config.codeMinutes}
          error={error}
          timeGone={gone}
          busy={busy}
          hold={hold}
          onBack={() => go("details")}
          onChooseAnotherTime={() => backToTimes(null)}
          onConfirm={confirm}
          onResend={resend}
        />
      )}
      {step === "done" && booking && (
        <ConfirmedStep booking={booking} clinicName={config.clinic.name} focus={moved} />
      )}
    </Shell>
  );
}

function Shell(props: {
  page: boolean;
  config: PublicBookingConfig | null;
  progress: number;
  children: preact.ComponentChildren;
}) {
  const clinic = props.config?.clinic;
  const primary = safeColour(clinic?.primaryColour, "#1f6f78");
  const accent = safeColour(clinic?.accentColour, "#c8873a");
  const style = `--primary:${primary};--on-primary:${textOn(primary)};--primary-text:${readableOnWhite(primary)};--accent:${accent}`;
  return (
    <div class={props.page ? "page" : "embedded"} style={style}>
      <div class="card">
        <header>
          {clinic?.logoUrl && <img src={clinic.logoUrl} alt="" />}
          <div class="brand">
            {clinic?.name ?? "Online booking"}
            <small>Book a consultation</small>
          </div>
        </header>
        <div class="progress" aria-hidden="true">
          <span style={`width: ${Math.round(props.progress * 100)}%`} />
        </div>
        <main>{props.children}</main>
        {clinic && (clinic.phone || clinic.email) && (
          <footer>
            <span>Questions? Contact {clinic.name}</span>
            <span>
              {clinic.phone && (
                <a href={`tel:${clinic.phone.replace(/\s+/g, "")}`}>{clinic.phone}</a>
              )}
              {clinic.phone && clinic.email && " · "}
              {clinic.email && <a href={`mailto:${clinic.email}`}>{clinic.email}</a>}
            </span>
          </footer>
        )}
      </div>
    </div>
  );
}
