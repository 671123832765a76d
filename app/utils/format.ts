import { isValid, lightFormat, parseISO } from "date-fns";

/** "2011-03-01" or an ISO instant as dd.mm.yyyy; empty for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseISO(value);
  return isValid(date) ? lightFormat(date, "dd.MM.yyyy") : value;
}

const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });

/** Numbers with decimal comma and Norwegian grouping. */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? "" : numberFormat.format(value);
}
