// "Glemt passord": a link to set a new password, mailed to the address if it belongs to an enabled account. The caller learns nothing about whether it does: the answer is the same,
// and the mail is sent after the answer, so a slow SMTP server does not tell a known address by its delay.
import { countPasswordResetsSince, createPasswordReset } from "../models/password-reset.server";
import { getUserByEmail } from "../models/user.server";
import { appUrl, PASSWORD_RESET_TTL_MS } from "../utils/env.server";
import { mailConfigured, sendMail } from "./mail.server";

/** At most this many links are mailed to one account within RESET_MAIL_WINDOW_MS, so the form cannot flood an inbox. */
export const RESET_MAILS_PER_WINDOW = 3;
export const RESET_MAIL_WINDOW_MS = 60 * 60 * 1000;

export const passwordResetLink = (request: Request, token: string) => `${appUrl(request)}/nytt-passord/${token}`;

function lifetimeText() {
  const hours = Math.round(PASSWORD_RESET_TTL_MS / 3_600_000);
  return hours === 1 ? "én time" : `${hours} timer`;
}

function resetMailText(link: string) {
  return {
    subject: "Nytt passord i Trinnvis",
    text: [
      "Hei!",
      "",
      "Noen har bedt om å sette nytt passord for kontoen din i Trinnvis. Åpne lenken for å velge et nytt passord:",
      link,
      "",
      `Lenken virker i ${lifetimeText()} og kan brukes én gang. Når passordet er endret, blir du logget ut overalt.`,
      "Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er da ikke endret.",
    ].join("\n"),
  };
}

const pending = new Set<Promise<unknown>>();

/** Resolves when every mail started so far has been handed over or given up (tests; an orderly shutdown). */
export async function passwordResetMailsSettled() {
  await Promise.all([...pending]);
}

/**
 * Mails a link for setting a new password when the address belongs to an enabled account,
 * and fewer than RESET_MAILS_PER_WINDOW links were made for it in the last hour. Returns nothing either way.
 */
export async function requestPasswordReset(request: Request, email: string): Promise<void> {
  if (!mailConfigured()) return;
  const user = getUserByEmail(email);
  // People without a password (imported, or listed before they had an account) may set one this way too:
  // the link goes only to their own address.
  if (!user || user.disabledAt) return;
  // Counting and creating run without an await between them, so two requests at once cannot both pass the limit.
  const since = new Date(Date.now() - RESET_MAIL_WINDOW_MS).toISOString();
  if (countPasswordResetsSince(user.id, since) >= RESET_MAILS_PER_WINDOW) return;
  const token = createPasswordReset(user.id);
  const delivery = sendMail({ to: user.email, ...resetMailText(passwordResetLink(request, token)) })
    .catch((error: unknown) => console.error(`E-post om nytt passord kunne ikke sendes: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => pending.delete(delivery));
  pending.add(delivery);
}
