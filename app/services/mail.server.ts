// Outgoing e-mail through SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.no:465). Without it the
// app still works: whoever sends an invitation is shown the link to pass on.
import nodemailer, { type Transporter } from "nodemailer";

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

export const mailConfigured = () => Boolean(process.env.SMTP_URL);

/** Sends one message; a server that cannot be reached is reported, never thrown, so the caller can show the link instead. */
export async function sendMail(mail: OutgoingMail): Promise<MailOutcome> {
  const transport = getTransporter();
  if (!transport) return { status: "not_configured" };
  try {
    await transport.sendMail({ from: process.env.MAIL_FROM || "Trinnvis <ikke-svar@trinnvis.no>", ...mail });
    return { status: "sent" };
  } catch (error) {
    console.error(`E-post til ${mail.to} kunne ikke sendes: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "failed" };
  }
}
