/** Names for the calendar's buttons, for screen readers (Mantine leaves them unlabelled). */
export const calendarLabels = {
  nextMonth: "Next month",
  previousMonth: "Previous month",
  nextYear: "Next year",
  previousYear: "Previous year",
  nextDecade: "Next decade",
  previousDecade: "Previous decade",
  monthLevelControl: "Choose a month",
  yearLevelControl: "Choose a year",
};
