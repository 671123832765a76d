// Shared zod building blocks with bokmål messages, for forms and imports.
import { z } from "zod";
import { readDateInput } from "./dates";
import { todayIso } from "./time";
import { containsNationalIdNumber, NATIONAL_ID_MESSAGE } from "../domain/national-id";

const noNationalId = (text: string) => !containsNationalIdNumber(text);

export const requiredText = (field: string, max: number) =>
  z
    .string({ required_error: `${field} må fylles ut` })
    .trim()
    .min(1, `${field} må fylles ut`)
    .max(max, `${field} kan ikke være lengre enn ${max} tegn`)
    .refine(noNationalId, NATIONAL_ID_MESSAGE);

export const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} kan ikke være lengre enn ${max} tegn`)
    .refine(noNationalId, NATIONAL_ID_MESSAGE)
    .optional()
    .transform((v) => v ?? "");

/**
 * A calendar day as typed (dd.mm.åååå and the variants `readDateInput` knows, or yyyy-mm-dd), given
 * on as yyyy-mm-dd; the field's message says how to write it or why the day does not exist.
 */
export const isoDate = (field: string) =>
  z.string({ required_error: `${field} må fylles ut`, invalid_type_error: `${field} må være en dato` }).transform((text, ctx) => {
    const reading = readDateInput(text);
    if ("iso" in reading) return reading.iso;
    ctx.addIssue({ code: "custom", message: reading.problem });
    // An empty day, so the form's checks that compare dates (end after start) stay silent about it.
    return "";
  });

export const optionalIsoDate = (field: string) => isoDate(field).optional().transform((v) => v ?? null);

/** A date that has already come: today or earlier (`today` from the server, so browser and action agree). */
export const pastIsoDate = (field: string, today = todayIso()) =>
  isoDate(field).superRefine((value, ctx) => {
    if (value !== "" && value > today) ctx.addIssue({ code: "custom", message: `${field} kan ikke være fram i tid` });
  });

/** The same, left empty when the day is today. */
export const optionalPastIsoDate = (field: string, today = todayIso()) => pastIsoDate(field, today).optional().transform((v) => v ?? null);

export const versionField = z.coerce.number({ invalid_type_error: "Ugyldig versjon" }).int().positive();

/**
 * A start date and an end date that may not come before it (the end may be optional). Combine it
 * with `.and()`, so the order is checked even when other fields in the form are wrong too.
 */
export const datePeriod = (startLabel = "Startdato", endLabel = "Sluttdato", options: { endOptional?: boolean } = {}) =>
  z
    .object({ startDate: isoDate(startLabel), endDate: options.endOptional ? optionalIsoDate(endLabel) : isoDate(endLabel) })
    .refine((v) => !v.endDate || v.endDate >= v.startDate, {
      message: `${endLabel} kan ikke være før ${startLabel.toLowerCase()}`,
      path: ["endDate"],
    });

/** An optional web address; only http and https, so no script can hide in a link. */
export const optionalUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(2000, `${field} kan ikke være lengre enn 2000 tegn`)
    .url(`${field} må være en nettadresse som begynner med https://`)
    .refine((v) => /^https?:\/\//i.test(v), `${field} må være en nettadresse som begynner med https://`)
    .optional()
    .transform((v) => v || null);

/** Ids chosen from checkboxes or a multi-select; conform gives one value as a string, several as a list. */
export const idList = (allowed: () => number[], message: string) =>
  z
    .array(z.coerce.number().int())
    .optional()
    .transform((v) => v ?? [])
    .refine((ids) => ids.every((id) => allowed().includes(id)), message);

/** One value from a fixed list, with a message when nothing or something else is chosen. */
export const oneOf = (values: () => string[], message: string) =>
  z.string({ required_error: message }).refine((v) => values().includes(v), message);
