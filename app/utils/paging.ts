// Page arithmetic for long lists whose page number is in the address (?side=2). Pure, so it is tested
// without a database; the models take the limit and offset it gives.
import { byCount, formatNumber } from "./format";

/** Rows per page of the long lists (activities, the audit log, decisions). */
export const LIST_PER_PAGE = 25;

/** The page asked for, kept within 1..pageCount: garbage gives the first page, a number past the end the last. */
export function pageNumber(value: string | null | undefined, pageCount: number) {
  const n = /^\d{1,9}$/.test(value ?? "") ? Number(value) : 1;
  return Math.min(Math.max(1, n), Math.max(1, pageCount));
}

export type Paging = { page: number; pageCount: number; perPage: number; total: number; offset: number; first: number; last: number };

/** Where a page starts and ends in a list of `total` rows; `first` and `last` count from 1 (both 0 for an empty list). */
export function paging(total: number, requested: string | null | undefined, perPage = LIST_PER_PAGE): Paging {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = pageNumber(requested, pageCount);
  const offset = (page - 1) * perPage;
  return { page, pageCount, perPage, total, offset, first: total === 0 ? 0 : offset + 1, last: Math.min(total, offset + perPage) };
}

/** "Viser 26–50 av 112 aktiviteter" (or "3 aktiviteter" when all fit on one page). */
export function pagingSummary(p: Pick<Paging, "total" | "first" | "last" | "pageCount">, one: string, many: string) {
  const noun = byCount(p.total, one, many);
  if (p.pageCount <= 1) return `${formatNumber(p.total)} ${noun}`;
  return `Viser ${formatNumber(p.first)}–${formatNumber(p.last)} av ${formatNumber(p.total)} ${noun}`;
}

/**
 * A LIKE pattern that finds `text` anywhere, with %, _ and \ in it taken literally (use with ESCAPE '\').
 * Lower-cased, to match a column folded by `foldedForSearch` (app/models/text-search.server.ts).
 */
export function containsPattern(text: string) {
  return `%${text.toLocaleLowerCase("nb").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A search text from the address: trimmed, at most 100 characters, undefined when empty. */
export function searchText(value: string | null | undefined) {
  const text = (value ?? "").trim().slice(0, 100);
  return text === "" ? undefined : text;
}
