/** @jsxImportSource preact */
import { useRef, useState } from "preact/hooks";
import type { BookingRequestView } from "../../shared/contracts/public-booking.ts";
import { Alert, BackButton, Field, StepHeading } from "../ui.tsx";

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

type Errors = Partial<Record<keyof Contact, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ()-]{6,32}$/;

/** Inline checks matching the API's rules, in the words a person understands. */
export function validateContact(c: Contact): Errors {
  const errors: Errors = {};
  if (!c.firstName.trim()) errors.firstName = "Enter your first name.";
  else if (c.firstName.trim().length > 80)
    errors.firstName = "First name must be at most 80 characters.";
  if (!c.lastName.trim()) errors.lastName = "Enter your last name.";
  else if (c.lastName.trim().length > 80)
    errors.lastName = "Last name must be at most 80 characters.";
  if (!c.email.trim()) errors.email = "Enter your email address.";
  else if (!EMAIL.test(c.email.trim()))
    errors.email = "Enter an email address like name@example.co.uk.";
  if (c.phone.trim() && !PHONE.test(c.phone.trim()))
    errors.phone = "Enter a phone number like 07700 900123, or leave it empty.";
  return errors;
}

const ORDER: Array<keyof Contact> = ["firstName", "lastName", "email", "phone"];

export function DetailsStep(props: {
  request: BookingRequestView;
  value: Contact;
  clinicName: string;
  focus: boolean;
  count: string;
  error: string | null;
  busy: boolean;
  hold: preact.ComponentChildren;
  onBack: () => void;
  onSubmit: (contact: Contact) => void;
}) {
  const [contact, setContact] = useState<Contact>(props.value);
  const [errors, setErrors] = useState<Errors>({});
  const [touched, setTouched] = useState<Partial<Record<keyof Contact, boolean>>>({});
  const refs = {
    firstName: useRef<HTMLInputElement>(null),
    lastName: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
  };

  const update = (key: keyof Contact) => (event: Event) => {
    const next = { ...contact, [key]: (event.currentTarget as HTMLInputElement).value };
    setContact(next);
    if (touched[key]) setErrors(validateContact(next));
  };
  const blur = (key: keyof Contact) => () => {
    // Only complain about a field the person has typed in, once they leave it.
    if (!contact[key]) return;
    setTouched({ ...touched, [key]: true });
    setErrors(validateContact(contact));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateContact(contact);
    setErrors(found);
    setTouched({ firstName: true, lastName: true, email: true, phone: true });
    const first = ORDER.find((k) => found[k]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    props.onSubmit(contact);
  };
  const shown = (key: keyof Contact) => (touched[key] ? errors[key] : undefined);

  return (
    <section aria-labelledby="step-title">
      <BackButton onClick={props.onBack} label="Choose another time" />
      <StepHeading focus={props.focus} count={props.count}>
        <span id="step-title">Your details</span>
      </StepHeading>
      <p class="summary">
        <b>{props.request.whenText}</b>
        {`${props.request.serviceName} with ${props.request.practitionerName}`}
      </p>
      {props.hold}
      {props.error && <Alert>{props.error}</Alert>}
      <form onSubmit={submit} noValidate>
        <div class="two">
          <Field
            id="first-name"
            label="First name"
            error={shown("firstName")}
            inputRef={refs.firstName}
            input={{
              value: contact.firstName,
              onInput: update("firstName"),
              onBlur: blur("firstName"),
              autocomplete: "given-name",
              required: true,
            }}
          />
          <Field
            id="last-name"
            label="Last name"
            error={shown("lastName")}
            inputRef={refs.lastName}
            input={{
              value: contact.lastName,
              onInput: update("lastName"),
              onBlur: blur("lastName"),
              autocomplete: "family-name",
              required: true,
            }}
          />
        </div>
        <Field
          id="email"
          label="Email"
          hint="We'll send a 6-digit code here to confirm your booking."
          error={shown("email")}
          inputRef={refs.email}
          input={{
            type: "email",
            value: contact.email,
            onInput: update("email"),
            onBlur: blur("email"),
            autocomplete: "email",
            inputMode: "email",
            spellcheck: false,
            required: true,
          }}
        />
        <Field
          id="phone"
          label="Phone"
          optional
          error={shown("phone")}
          inputRef={refs.phone}
          input={{
            type: "tel",
            value: contact.phone,
            onInput: update("phone"),
            onBlur: blur("phone"),
            autocomplete: "tel",
            inputMode: "tel",
          }}
        />
        <p class="muted">
          {`${props.clinicName} uses these details only to arrange your consultation and contact you about it. They are not shared with anyone else.`}
        </p>
        <div class="actions">
          <button type="submit" class="button primary" disabled={props.busy}>
            {props.busy ? "Sending code…" : "Send my code"}
          </button>
        </div>
      </form>
    </section>
  );
}
