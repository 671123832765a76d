// "Glemt passord" end to end in one process: the routes' loaders and actions called with real Requests, the
// mail sent through a real SMTP server (smtp-server) on a free port and read back with mailparser.
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { passwordResets } from "../../db/schema";
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from "../../db/seed/seed.server";
import { countPasswordResetsSince } from "../../app/models/password-reset.server";
import { createUser, getUserByEmail, setUserDisabled } from "../../app/models/user.server";
import { passwordResetMailsSettled } from "../../app/services/password-reset.server";
import { attemptLogin } from "../../app/services/login.server";
import { verifyPassword } from "../../app/utils/password.server";
import { getCurrentSession } from "../../app/services/session.server";
import { action as forgotAction } from "../../app/routes/glemt-passord";
import { action as newPasswordAction, loader as newPasswordLoader } from "../../app/routes/nytt-passord.$token";
import { cookieFor, responseOf } from "./requests";
import { startMailServer, type ReceivedMail, type TestMailServer } from "../setup/mail-server";

const context = { clientAddress: "127.0.0.1" } as unknown as AppLoadContext;
const SENT = "Hvis adressen er registrert hos oss, har vi sendt en lenke for å sette nytt passord. Lenken virker i én time.";
const NO_MAIL = "E-post er ikke satt opp på denne installasjonen. Be administratoren om å sette et nytt passord for deg.";
const NEW_PASSWORD = "et helt nytt og langt passord";

let smtp: TestMailServer;
let inbox: ReceivedMail[];

beforeAll(async () => {
  smtp = await startMailServer();
  inbox = smtp.inbox;
  process.env.SMTP_URL = smtp.url;
  await seedDemoDataIfEmpty(getDb());
});

afterEach(async () => {
  await passwordResetMailsSettled();
  inbox.length = 0;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

function post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${url}`, { method: "POST", body: new URLSearchParams(fields), headers });
}

/** Asks for a link as the form does, and waits until any mail it started has reached the SMTP server. */
async function askForLink(email: string, headers: Record<string, string> = {}) {
  const response = await responseOf(() => forgotAction({ request: post("/glemt-passord", { email }, headers), params: {}, context }));
  await passwordResetMailsSettled();
  return { status: response.status, body: await response.text() };
}

const mailsTo = (email: string) => inbox.filter((mail) => mail.to === email);

function tokenIn(mail: ReceivedMail) {
  const match = mail.text.match(/http:\/\/localhost\/nytt-passord\/([A-Za-z0-9_-]+)/);
  expect(match, mail.text).not.toBeNull();
  return match![1];
}

async function linkFor(email: string) {
  await askForLink(email);
  const mails = mailsTo(email);
  expect(mails).toHaveLength(1);
  return tokenIn(mails[0]);
}

const showLink = (token: string) => responseOf(() => newPasswordLoader({ request: new Request(`http://localhost/nytt-passord/${token}`), params: { token }, context }));
const setPassword = (token: string, password: string, repeat = password, headers: Record<string, string> = {}) =>
  responseOf(() => newPasswordAction({ request: post(`/nytt-passord/${token}`, { password, repeat }, headers), params: { token }, context }));

const passwordHashOf = (email: string) => getUserByEmail(email)!.passwordHash;
const logIn = (email: string, password: string) => attemptLogin(new Request("http://localhost/logg-inn"), context, email, password);
const isSignedIn = async (cookie: string) => Boolean(await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } })));

describe("asking for a link", () => {
  it("mails a known address a single link to /nytt-passord, valid for an hour", async () => {
    const { status, body } = await askForLink("  Prosjektleder@Trinnvis.test ");
    expect(status).toBe(200);
    expect(JSON.parse(body).messages).toEqual([SENT]);
    const mails = mailsTo("prosjektleder@trinnvis.test");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Nytt passord i Trinnvis");
    expect(mails[0].text).toContain("én time");
    expect(mails[0].text).toContain("se bort fra");
    expect((await showLink(tokenIn(mails[0]))).status).toBe(200);
  });

  it("answers an unknown address with the identical response and sends nothing", async () => {
    const known = await askForLink("medarbeider@trinnvis.test");
    expect(mailsTo("medarbeider@trinnvis.test")).toHaveLength(1);
    const unknown = await askForLink("finnes.ikke@trinnvis.test");
    expect(unknown).toEqual(known);
    expect(known.body).not.toContain("medarbeider");
    expect(inbox).toHaveLength(1);
  });

  it("sends nothing to a disabled account, with the same answer; a person without a password yet gets a link to set one", async () => {
    const known = await askForLink("radgiver@trinnvis.test");
    const disabled = await createUser({ email: "deaktivert@trinnvis.test", name: "Deaktivert", password: "et passord som er langt nok" });
    setUserDisabled(disabled.id, true);
    expect(await askForLink("deaktivert@trinnvis.test")).toEqual(known);
    expect(getUserByEmail("marit.vestre@trinnvis.test")!.passwordHash).toBeNull();
    expect(await askForLink("marit.vestre@trinnvis.test")).toEqual(known);
    expect(inbox.map((mail) => mail.to)).toEqual(["radgiver@trinnvis.test", "marit.vestre@trinnvis.test"]);
  });

  it("mails one address at most three times an hour; the fourth gets the same answer and no mail", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await askForLink("styringsgruppe@trinnvis.test"));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(mailsTo("styringsgruppe@trinnvis.test")).toHaveLength(3);
    // Only the newest link works: asking again retires the earlier one.
    const [first, , third] = mailsTo("styringsgruppe@trinnvis.test").map(tokenIn);
    expect((await showLink(first)).status).toBe(410);
    expect((await showLink(third)).status).toBe(200);
  });

  it("gives a field-level message for a malformed address, and sends nothing", async () => {
    const { status, body } = await askForLink("ikke-en-adresse");
    expect(status).toBe(400);
    expect(JSON.parse(body).result.error.email).toEqual(["Skriv en gyldig e-postadresse"]);
    expect(inbox).toHaveLength(0);
  });

  it("without SMTP says so to everyone alike and makes no link", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const user = getUserByEmail("prosjektleder2@trinnvis.test")!;
      const known = await askForLink(user.email);
      expect(JSON.parse(known.body).messages).toEqual([NO_MAIL]);
      expect(await askForLink("finnes.ikke@trinnvis.test")).toEqual(known);
      expect(countPasswordResetsSince(user.id, new Date(Date.now() - 3_600_000).toISOString())).toBe(0);
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(inbox).toHaveLength(0);
  });

  it("refuses a form posted from another site", async () => {
    expect((await askForLink("admin@trinnvis.test", { Origin: "https://angriper.example" })).status).toBe(403);
    expect(inbox).toHaveLength(0);
  });
});

describe("setting a new password through the link", () => {
  it("sets the password, which then works for login, ends existing sessions, and the link works once", async () => {
    const email = "prosjektleder@trinnvis.test";
    const oldSession = await cookieFor(email);
    expect(await isSignedIn(oldSession)).toBe(true);
    const token = await linkFor(email);
    const shown = await showLink(token);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toEqual({ valid: true, email });

    const response = await setPassword(token, NEW_PASSWORD);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/logg-inn?passord=endret");

    expect(await verifyPassword(passwordHashOf(email)!, NEW_PASSWORD)).toBe(true);
    expect((await logIn(email, NEW_PASSWORD)).ok).toBe(true);
    expect((await logIn(email, DEMO_PASSWORD)).ok).toBe(false);
    expect(await isSignedIn(oldSession)).toBe(false);

    // Used once: the page and the form now refuse it, and the password stays.
    const again = await showLink(token);
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ valid: false, message: "Lenken er brukt, utløpt eller ugyldig. Be om en ny." });
    expect((await setPassword(token, "enda et nytt langt passord")).status).toBe(410);
    expect(await verifyPassword(passwordHashOf(email)!, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired link and changes nothing", async () => {
    const email = "admin@trinnvis.test";
    const user = getUserByEmail(email)!;
    const token = await linkFor(email);
    getDb()
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(passwordResets.userId, user.id))
      .run();
    expect((await showLink(token)).status).toBe(410);
    const before = passwordHashOf(email);
    expect((await setPassword(token, NEW_PASSWORD)).status).toBe(410);
    expect(passwordHashOf(email)).toBe(before);
  });

  it("refuses a made-up link", async () => {
    expect((await showLink("ikke-et-ekte-token")).status).toBe(410);
    expect((await setPassword("ikke-et-ekte-token", NEW_PASSWORD)).status).toBe(410);
  });

  it("gives field-level messages for mismatching and short passwords, and changes nothing", async () => {
    const email = "medarbeider@trinnvis.test";
    const session = await cookieFor(email);
    // medarbeider asked once in the first block; this is their second link this hour.
    await askForLink(email);
    const token = tokenIn(mailsTo(email).at(-1)!);
    const before = passwordHashOf(email);

    const mismatch = await setPassword(token, NEW_PASSWORD, `${NEW_PASSWORD}x`);
    expect(mismatch.status).toBe(400);
    const mismatchBody = await mismatch.json();
    expect(mismatchBody.result.error).toEqual({ repeat: ["Passordene er ikke like"] });
    expect(JSON.stringify(mismatchBody)).not.toContain(NEW_PASSWORD);

    const short = await setPassword(token, "for kort");
    expect(short.status).toBe(400);
    expect((await short.json()).result.error.password).toEqual(["Passordet må ha minst 12 tegn"]);

    expect(passwordHashOf(email)).toBe(before);
    expect(await isSignedIn(session)).toBe(true);
    expect((await showLink(token)).status).toBe(200);
  });

  it("refuses a new password posted from another site, and the link stays usable", async () => {
    const email = "radgiver@trinnvis.test";
    await askForLink(email);
    const token = tokenIn(mailsTo(email)[0]);
    const before = passwordHashOf(email);
    expect((await setPassword(token, NEW_PASSWORD, NEW_PASSWORD, { Origin: "https://angriper.example" })).status).toBe(403);
    expect(passwordHashOf(email)).toBe(before);
    expect((await showLink(token)).status).toBe(200);
  });
});
