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
