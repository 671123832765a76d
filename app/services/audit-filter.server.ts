// The audit-log filter from a page's query string; anything malformed is ignored, not an error.
import { z } from "zod";
import type { AuditFilter } from "../models/audit.server";
import { isoDate } from "../utils/schemas";

const FilterSchema = z.object({
  bruker: z.coerce.number().int().positive().optional().catch(undefined),
  objekt: z.string().regex(/^[a-z_]+$/).optional().catch(undefined),
  fra: isoDate("Fra").optional().catch(undefined),
  til: isoDate("Til").optional().catch(undefined),
});

export function auditFilterFrom(request: Request): { filter: AuditFilter; values: Record<string, string> } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = FilterSchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "")));
  return {
    filter: { userId: parsed.bruker, entityType: parsed.objekt, from: parsed.fra, to: parsed.til },
    values: { bruker: parsed.bruker ? String(parsed.bruker) : "", objekt: parsed.objekt ?? "", fra: parsed.fra ?? "", til: parsed.til ?? "" },
  };
}
