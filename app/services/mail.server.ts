// Outgoing e-mail through SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.no:465; in production also
// APP_URL). Without it the app still works: whoever sends an invitation is shown the link to pass on.
import nodemailer, { type Transporter } from "nodemailer";
import { mailLinksAllowed } from "../utils/env.server";

export type OutgoingMail = { to: string; subject: string; text: string };
export type MailOutcome = { status: "sent" } | { status: "not_configured" } | { status: "failed" };

let transporter: Transporter | null = null;
let transporterUrl: string | undefined;

function getTransporter(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (!transporter || transporterUrl !== url) {
    transporter = nodemailer.createTransport(url);
    transporterUrl = url;
  }
  return transporter;
}

/** Mail goes out when there is an SMTP server and (in production) APP_URL, so links in it point where the operator says. */
export const mailConfigured = () => Boolean(process.env.SMTP_URL) && mailLinksAllowed();

/** Sends one message; a server that cannot be reached is reported, never thrown, so the caller can show the link instead. */
export async function sendMail(mail: OutgoingMail): Promise<MailOutcome> {
  const transport = mailConfigured() ? getTransporter() : null;
  if (!transport) return { status: "not_configured" };
  try {
    await transport.sendMail({ from: process.env.MAIL_FROM || "Trinnvis <ikke-svar@trinnvis.no>", ...mail });
    return { status: "sent" };
  } catch (error) {
    console.error(`E-post til ${mail.to} kunne ikke sendes: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "failed" };
  }
}
