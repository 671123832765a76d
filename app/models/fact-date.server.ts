import { sql, type AnyColumn } from "drizzle-orm";

/** A fact's own date, or the day its row was written when none was given (rows from before dates were kept). */
export const factDate = (date: AnyColumn, written: AnyColumn) => sql<string>`coalesce(nullif(${date}, ''), substr(${written}, 1, 10))`;
