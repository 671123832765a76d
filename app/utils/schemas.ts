// Shared zod building blocks with bokmål messages, for forms and imports.
import { isMatch } from "date-fns";
import { z } from "zod";

export const requiredText = (field: string, max: number) =>
  z
    .string({ required_error: `${field} må fylles ut` })
    .trim()
    .min(1, `${field} må fylles ut`)
    .max(max, `${field} kan ikke være lengre enn ${max} tegn`);

export const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} kan ikke være lengre enn ${max} tegn`)
    .optional()
    .transform((v) => v ?? "");

/** A calendar date as yyyy-mm-dd that exists (no 30. februar). */
export const isoDate = (field: string) =>
  z.string({ required_error: `${field} må fylles ut` }).superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: `${field} må være en dato` });
    else if (!isMatch(value, "yyyy-MM-dd")) ctx.addIssue({ code: "custom", message: `${field} er ikke en dato som finnes` });
  });

export const optionalIsoDate = (field: string) => isoDate(field).optional().transform((v) => v ?? null);

export const versionField = z.coerce.number({ invalid_type_error: "Ugyldig versjon" }).int().positive();

/**
 * A required start and end date where the end may not come before the start. Combine it with
 * `.and()`, so the order is checked even when other fields in the form are wrong too.
 */
export const datePeriod = (startLabel = "Startdato", endLabel = "Sluttdato") =>
  z
    .object({ startDate: isoDate(startLabel), endDate: isoDate(endLabel) })
    .refine((v) => v.endDate >= v.startDate, { message: `${endLabel} kan ikke være før ${startLabel.toLowerCase()}`, path: ["endDate"] });
