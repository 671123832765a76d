import { z } from "zod";
import { requiredText } from "./schemas";

export const emailField = z
  .string({ required_error: "E-post må fylles ut" })
  .trim()
  .max(254, "E-post kan ikke være lengre enn 254 tegn")
  .email("Skriv en gyldig e-postadresse");

export const newPasswordField = z
  .string({ required_error: "Passord må fylles ut" })
  .min(12, "Passordet må ha minst 12 tegn")
  .max(200, "Passordet kan ikke være lengre enn 200 tegn");

export const NewUserSchema = z.object({
  name: requiredText("Navn", 200),
  email: emailField,
  password: newPasswordField,
  isAdmin: z.boolean().optional().default(false),
});

const repeatField = z.string({ required_error: "Skriv passordet en gang til" });
const repeated = { message: "Passordene er ikke like", path: ["repeat"] };
const sameTwice = (v: { password: string; repeat: string }) => v.password === v.repeat;

/** A new password typed twice; the second must match the first. */
export const NewPasswordSchema = z.object({ password: newPasswordField, repeat: repeatField }).refine(sameTwice, repeated);

/** A name and a new password typed twice, for someone making their account from an invitation. */
export const NewAccountSchema = z.object({ name: requiredText("Navn", 200), password: newPasswordField, repeat: repeatField }).refine(sameTwice, repeated);
