import type { DateLocalizer, NavigateAction, TitleOptions } from "react-big-calendar";
import TimeGrid from "react-big-calendar/lib/TimeGrid";

/** Two weeks from Monday in one time grid: a course's next session is often 10–28 days away. */
export function FortnightView(
  props: Record<string, unknown> & { date: Date; localizer: DateLocalizer },
) {
  return <TimeGrid {...props} range={FortnightView.range(props.date, props)} eventOffset={15} />;
}

FortnightView.range = (date: Date, { localizer }: { localizer: DateLocalizer }): Date[] => {
  const start = localizer.startOf(date, "week", localizer.startOfWeek(""));
  return localizer.range(start, localizer.add(start, 13, "day"), "day");
};

FortnightView.navigate = (
  date: Date,
  action: NavigateAction,
  { localizer }: { localizer: DateLocalizer },
): Date => {
  if (action === "PREV") return localizer.add(date, -2, "week");
  if (action === "NEXT") return localizer.add(date, 2, "week");
  return date;
};

FortnightView.title = (date: Date, options: TitleOptions): string => {
  const localizer = options.localizer as DateLocalizer;
  const days = FortnightView.range(date, { localizer });
  return localizer.format(
    { start: days[0] as Date, end: days[days.length - 1] as Date },
    "dayRangeHeaderFormat",
  );
};
