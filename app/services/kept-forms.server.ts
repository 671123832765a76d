// Nothing typed is lost: a form posted after the session ended, or from a tab left open while the
// person logged in again elsewhere, is kept on the server for that person and filled in again on its
// page after login (app/components/kept-form-notice.tsx), asking "Lagre nå?".
import { saveKeptForm, takeKeptForm, type KeptFormReason } from "../models/kept-form.server";
import { CSRF_FIELD } from "../utils/form-token";
import { isFormBookkeeping, type KeptField } from "../utils/kept-form-match";


/** A form with a password is never kept: a password is not stored anywhere but as its hash. */
const SECRET_FIELDS = new Set(["password", "repeat", "currentPassword", "newPassword"]);

/** The page a form was posted from: the action's path and query, without Remix's own parameters. */
export function pageOf(url: string | URL): string {
  const parsed = new URL(url);
  for (const name of ["index", "_data"]) parsed.searchParams.delete(name);
  const query = parsed.searchParams.toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

/** The form's text fields (files cannot be kept), without its form token. */
export function typedFields(formData: FormData): KeptField[] {
  const fields: KeptField[] = [];
  for (const [name, value] of formData.entries()) if (typeof value === "string" && name !== CSRF_FIELD) fields.push([name, value]);
  return fields;
}

/** Keeps the form for its owner; false when nothing in it was typed (a logout, a one-button form) or it holds a password. */
export function keepForm(userId: number, url: string | URL, formData: FormData, reason: KeptFormReason): boolean {
  const fields = typedFields(formData);
  if (fields.some(([name]) => SECRET_FIELDS.has(name))) return false;
  if (!fields.some(([name, value]) => !isFormBookkeeping(name) && value.trim() !== "")) return false;
  saveKeptForm({ userId, page: pageOf(url), reason, fields });
  return true;
}

export type KeptForm = NonNullable<ReturnType<typeof takeKeptForm>>;

/** The kept form for this page, if its owner is the one asking; given once. */
export function takeKeptFormFor(userId: number, url: string | URL): KeptForm | null {
  return takeKeptForm(userId, pageOf(url));
}
