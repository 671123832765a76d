// What an update changed and what a delete removed, for the audit log: the fields that actually
// changed with their old and new values («før» and «etter»). Free text is never copied into the log:
// a text is recorded as the first 16 hex digits of its SHA-256 and its length, which is enough to
// see that it changed, and to check a text someone shows later against the log.
import { createHash } from "node:crypto";

/** A text as it is logged: fingerprint and length, never the text. */
export type HashedText = { sha256: string; lengde: number };
export type LoggedValue = string | number | boolean | null | number[] | HashedText;
export type FieldChange = { før: LoggedValue; etter: LoggedValue };
export type Changes = Record<string, FieldChange>;

export type FieldOptions = {
  /** String fields whose values are codes, not free text (status, role, level), logged as they are. */
  plain?: readonly string[];
};

/** Days and stored instants: not free text. */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z?)?$/;

/** Columns that hold codes from a fixed list (enums) in every table: logged as they are. */
export const CODE_FIELDS: readonly string[] = ["role", "kind", "status", "stepId", "currentStep", "priority", "followUp", "decision", "verdict", "level", "method", "themeId", "topicId", "instrumentId"];

const isPlain = (field: string, options: FieldOptions) => CODE_FIELDS.includes(field) || (options.plain?.includes(field) ?? false);

/** The first 16 hex digits of the text's SHA-256, and its length in characters. */
export function hashText(text: string): HashedText {
  return { sha256: createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16), lengde: [...text].length };
}

/** One value as the log keeps it: numbers, booleans, dates and codes as they are; any other text hashed. */
export function loggedValue(value: unknown, plain = false): LoggedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return plain || PLAIN_DATE.test(value) ? value : hashText(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return [...value].sort((a, b) => a - b);
  // Anything else (lists of texts, objects) is compared and logged as its JSON text.
  return hashText(JSON.stringify(value));
}

const same = (a: unknown, b: unknown) => JSON.stringify(loggedValue(a, true)) === JSON.stringify(loggedValue(b, true));

/**
 * The fields among `fields` whose value differs between `before` and `after`, each with its old and
 * new value as the log keeps them. Fields that did not change are left out; no change gives `{}`.
 */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T> | null | undefined, after: Partial<T> | null | undefined, fields: readonly (keyof T & string)[], options: FieldOptions = {}): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const old = before?.[field];
    const now = after?.[field];
    if (same(old, now)) continue;
    const plain = isPlain(field, options);
    changes[field] = { før: loggedValue(old, plain), etter: loggedValue(now, plain) };
  }
  return changes;
}

/** The key fields of a deleted row, text hashed like in `changedFields`. */
export function removedFields<T extends Record<string, unknown>>(row: T, fields: readonly (keyof T & string)[], options: FieldOptions = {}): Record<string, LoggedValue> {
  return Object.fromEntries(fields.map((field) => [field, loggedValue(row[field], isPlain(field, options))]));
}

/** Columns that every edit changes or none does: not worth a line in the log. */
const BOOKKEEPING = new Set(["id", "projectId", "version", "createdAt", "updatedAt", "createdBy"]);

/** `changedFields` over every column of a row but the bookkeeping ones (id, version, times). */
export function rowChanges<T extends Record<string, unknown>>(before: T | null | undefined, after: T | null | undefined, options: FieldOptions = {}): Changes {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((f) => !BOOKKEEPING.has(f));
  return changedFields(before, after, fields as (keyof T & string)[], options);
}
