import { notifications } from "@mantine/notifications";
import { errorMessage } from "../../../lib/api.ts";

/** A short green confirmation after anything is saved. */
export function notifySaved(title: string, message = "Your changes are saved.") {
  notifications.show({ color: "green", title, message });
}

/** A red notification for a failed action that has no form to show it on. */
export function notifyFailed(title: string, error: unknown) {
  notifications.show({ color: "red", title, message: errorMessage(error) });
}

/** An amber heads-up: saved, but something needs a look. */
export function notifyWarning(title: string, message: string) {
  notifications.show({ color: "yellow", title, message, autoClose: 10_000 });
}
