import type { ChecklistItemView } from "../../../shared/contracts/sessions.ts";

/** How an item's state is shown: a word and a colour. An overridden failure says so. */
export function itemBadge(item: ChecklistItemView): { label: string; color: string } {
  if (item.status === "fail" && item.override) return { label: "Overridden", color: "orange" };
  switch (item.status) {
    case "pass":
      return { label: "Passed", color: "teal" };
    case "fail":
      return { label: "Failed", color: "red" };
    case "pending":
      return { label: "To answer", color: "gray" };
    case "not_required":
      return { label: "Not required", color: "gray" };
  }
}
