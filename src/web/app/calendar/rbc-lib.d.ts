/**
 * react-big-calendar's CommonJS modules, imported one by one so only one copy of the library is
 * bundled (its dragAndDrop addon is CommonJS too). The package's types describe its main entry.
 */
declare module "react-big-calendar/lib/Calendar" {
  import { Calendar } from "react-big-calendar";

  export default Calendar;
}

declare module "react-big-calendar/lib/localizer" {
  export { DateLocalizer } from "react-big-calendar";
}

/** The time grid its Day and Week views render. */
declare module "react-big-calendar/lib/TimeGrid" {
  import type { ComponentType } from "react";

  const TimeGrid: ComponentType<Record<string, unknown>>;
  export default TimeGrid;
}
