import { type ClientInput, clientInput } from "../../../shared/contracts/clients.ts";
import { zodValidate } from "../../lib/form-validation.ts";

/** What the client form holds: text everywhere, the birth date as YYYY-MM-DD or null. */
export interface ClientFormValues {
  firstName: string;
  lastName: string;
  preferredName: string;
  email: string;
  phone: string;
  dateOfBirth: string | null;
  addressLine1: string;
  city: string;
  postcode: string;
}

export const emptyClientForm: ClientFormValues = {
  firstName: "",
  lastName: "",
  preferredName: "",
  email: "",
  phone: "",
  dateOfBirth: null,
  addressLine1: "",
  city: "",
  postcode: "",
};

export function clientFormValues(
  client: Partial<Record<keyof ClientFormValues, string | null>>,
): ClientFormValues {
  return {
    firstName: client.firstName ?? "",
    lastName: client.lastName ?? "",
    preferredName: client.preferredName ?? "",
    email: client.email ?? "",
    phone: client.phone ?? "",
    dateOfBirth: client.dateOfBirth ?? null,
    addressLine1: client.addressLine1 ?? "",
    city: client.city ?? "",
    postcode: client.postcode ?? "",
  };
}

/** Empty optional fields go to the API as null, so a cleared email or phone is removed. */
export function toClientInput(values: ClientFormValues): ClientInput {
  const blankToNull = (v: string | null) => (v && v.trim() !== "" ? v.trim() : null);
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    preferredName: values.preferredName.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    dateOfBirth: blankToNull(values.dateOfBirth),
    addressLine1: values.addressLine1.trim(),
    city: values.city.trim(),
    postcode: values.postcode.trim().toUpperCase(),
  };
}

const validateInput = zodValidate(clientInput);

export function validateClientForm(values: ClientFormValues): Record<string, string> {
  return validateInput(toClientInput(values));
}

/** Accepts 24/11/1985, 24-11-1985, 24.11.1985 or 1985-11-24; returns YYYY-MM-DD or null. */
export function parseDayMonthYear(text: string): string | null {
  const value = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
