import { isExists } from "date-fns";

/** Whether "yyyy-mm-dd" names a day in the calendar (no 30. februar). */
export function isExistingIsoDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  return isExists(year, month - 1, day);
}
