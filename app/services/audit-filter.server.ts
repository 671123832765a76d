// The audit-log filter from a page's query string; anything malformed is ignored, not an error (a date
// that cannot be read is left out and named beside its field).
import { z } from "zod";
import type { AuditFilter } from "../models/audit.server";
import { readDateParam } from "../utils/dates";

const FilterSchema = z.object({
  bruker: z.coerce.number().int().positive().optional().catch(undefined),
  objekt: z.string().regex(/^[a-z_]+$/).optional().catch(undefined),
});

export function auditFilterFrom(request: Request): { filter: AuditFilter; values: Record<string, string>; dateProblems: Record<"fra" | "til", DateProblem> } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = FilterSchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "")));
  const fra = readDateParam(params.fra);
  const til = readDateParam(params.til);
  return {
    filter: { userId: parsed.bruker, entityType: parsed.objekt, from: fra.iso, to: til.iso },
    values: { bruker: parsed.bruker ? String(parsed.bruker) : "", objekt: parsed.objekt ?? "", fra: fra.iso ?? "", til: til.iso ?? "" },
    dateProblems: { fra: problemOf(fra), til: problemOf(til) },
  };
}

/** What a date field shows when its date was ignored: the text as typed and why. */
export type DateProblem = { text: string; problem: string } | null;

const problemOf = (reading: ReturnType<typeof readDateParam>): DateProblem => (reading.problem ? { text: reading.text ?? "", problem: reading.problem } : null);
