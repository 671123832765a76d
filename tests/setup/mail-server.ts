// A real SMTP server in the test process (smtp-server), keeping what it receives, parsed by mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; text: string };

export type TestMailServer = {
  url: string;
  inbox: ReceivedMail[];
  /** The next mail to this address that arrives (or has arrived and not been taken). */
  waitForMail(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startMailServer(port = 0): Promise<TestMailServer> {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(","), subject: parsed.subject ?? "", text: parsed.text ?? "" });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const taken = new Set<ReceivedMail>();
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    inbox,
    async waitForMail(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = inbox.find((m) => m.to === to.toLowerCase() && !taken.has(m));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`Ingen e-post til ${to} innen ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that goes to the given path, e.g. "/invitasjon/". */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path}\\S+`).exec(mail.text);
  if (!match) throw new Error(`Ingen lenke til ${path} i e-posten «${mail.subject}»`);
  return match[0];
}
