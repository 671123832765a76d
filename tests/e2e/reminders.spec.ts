// Reminders by e-mail, end to end on the third server (tests/e2e/reminders-installation.ts): demo data,
// two worker processes running the digest every second, a clock this spec moves, and a real SMTP server here.
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { linkIn, startMailServer, type ReceivedMail, type TestMailServer } from "../setup/mail-server";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";
import { REMINDERS_CLOCK_FILE, REMINDERS_DATABASE, REMINDERS_SMTP_PORT, REMINDERS_URL } from "./reminders-installation";

test.use({ baseURL: REMINDERS_URL });

const OWNER = "medarbeider@trinnvis.test";
const DECISION = "Høringsutkastet sendes til kommunene.";
/** Runs every second in each of two processes: a few seconds is several chances to send twice. */
const A_FEW_INTERVALS_MS = 5_000;

let mail: TestMailServer;

const setClock = (iso: string) => fs.writeFileSync(REMINDERS_CLOCK_FILE, `${iso}\n`);
const mailsTo = (email: string) => mail.inbox.filter((m) => m.to === email);

/** The digest delivery the server recorded for a person and day (read from its database file). */
function deliveryOf(email: string, day: string): { status: string; attempts: number } | null {
  const db = new Database(REMINDERS_DATABASE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT d.status, d.attempts FROM digest_deliveries d JOIN users u ON u.id = d.user_id WHERE u.email = ? AND d.day = ?").get(email, day);
    return (row as { status: string; attempts: number } | undefined) ?? null;
  } finally {
    db.close();
  }
}

async function toMeShows(page: Page, text: string, shown: boolean) {
  await page.goto("/til-meg");
  await expect(page.getByRole("heading", { level: 1, name: "Til meg" })).toBeVisible();
  if (shown) await expect(page.getByText(text).first()).toBeVisible();
  else await expect(page.getByText(text)).toHaveCount(0);
}

test.beforeAll(async () => {
  mail = await startMailServer(REMINDERS_SMTP_PORT);
});

test.afterAll(async () => {
  await mail?.close();
});

test("an overdue decision reaches its owner by e-mail once, and is gone from the next digest when done", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Monday 7 January 2030, 05:00 in Norway: before the digests' hour, nothing goes out.
  setClock("2030-01-07T04:00:00Z");

  // The project leader records a decision owned by Per Holmvik (medarbeider), due Tuesday.
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/styring`);
  await page.locator("summary", { hasText: "Registrer et møte" }).click();
  await page.getByLabel("Dato", { exact: true }).fill("2030-01-07");
  await page.getByLabel("Sted", { exact: true }).fill("Grong");
  await page.getByRole("button", { name: "Registrer møtet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Styringsgruppemøte 07.01.2030" })).toBeVisible();
  await page.getByRole("textbox", { name: "Vedtak", exact: true }).fill(DECISION);
  const owner = page.getByLabel("Ansvarlig", { exact: true });
  await owner.selectOption((await owner.locator("option", { hasText: "Per Holmvik" }).getAttribute("value"))!);
  await page.getByLabel("Frist").fill("2030-01-08");
  await page.getByRole("button", { name: "Registrer vedtaket" }).click();
  await expect(page.getByRole("row").filter({ hasText: DECISION })).toContainText("Per Holmvik");
  await page.context().clearCookies();

  // 1. Thursday 06:00: the decision is overdue, and the owner's «Til meg» shows it. Still before the digests' hour.
  setClock("2030-01-10T05:00:00Z");
  await logIn(page, OWNER);
  await toMeShows(page, DECISION, true);
  expect(mail.inbox).toHaveLength(0);

  // 2. 08:30: the digest goes out, once, though two processes try every second.
  setClock("2030-01-10T07:30:00Z");
  const digest = await mail.waitForMail(OWNER, 20_000);
  await page.waitForTimeout(A_FEW_INTERVALS_MS);
  expect(mailsTo(OWNER)).toHaveLength(1);
  expect(deliveryOf(OWNER, "2030-01-10")).toMatchObject({ status: "sendt", attempts: 1 });
  // The demo data leaves nothing else waiting on Per in January 2030: the decision is the one item.
  expect(digest.subject).toBe("Trinnvis: 1 sak venter på deg");
  expect(digest.text).toContain(DECISION);
  const itemLink = itemLinkIn(digest, DECISION);
  expect(itemLink.startsWith(`${REMINDERS_URL}/prosjekter/${projectId}/`)).toBe(true);
  expect(digest.text).toContain(`${REMINDERS_URL}/profil`);

  // 3. The owner follows the link and marks the decision done; «Til meg» no longer shows it.
  await page.goto(itemLink);
  const row = page.getByRole("row").filter({ hasText: DECISION }).first();
  await row.getByLabel(/^Status for/).selectOption({ label: "Fullført" });
  await row.getByRole("button", { name: "Oppdater" }).click();
  await expect(page.getByText("Statusen for vedtaket er oppdatert.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: DECISION }).first().getByLabel(/^Status for/)).toHaveValue("fullfort");
  await toMeShows(page, DECISION, false);

  // 4. Friday 08:30: the next digest does not mention it. With the decision done nothing waits on Per,
  // so the day's digest is made, found empty, and not sent.
  setClock("2030-01-11T07:30:00Z");
  await expect.poll(() => deliveryOf(OWNER, "2030-01-11")?.status, { timeout: 20_000 }).toBe("tom");
  await page.waitForTimeout(A_FEW_INTERVALS_MS);
  expect(mailsTo(OWNER)).toHaveLength(1);
  expect(mail.inbox.filter((m) => m.text.includes(DECISION))).toHaveLength(1);

  // The unsubscribe link from Thursday's mail works without login, once.
  const unsubscribe = linkIn(digest, "/avmeld/");
  const strangerContext = await browser.newContext({ baseURL: REMINDERS_URL });
  const stranger = await strangerContext.newPage();
  const asked = await stranger.goto(unsubscribe);
  expect(asked?.status()).toBe(200);
  await expect(stranger.getByText("Påminnelser for Per H.")).toBeVisible();
  await expect(stranger.getByText(OWNER)).toHaveCount(0);
  await expectAccessible(stranger);
  await stranger.getByRole("button", { name: "Slå av påminnelsene" }).click();
  await expect(stranger.getByText("Påminnelsene er slått av.")).toBeVisible();
  await expectAccessible(stranger);
  const again = await stranger.goto(unsubscribe);
  expect(again?.status()).toBe(410);
  await expect(stranger.getByText("Denne lenken er allerede brukt.")).toBeVisible();
  await strangerContext.close();

  // The owner's profile now says «Aldri»; the page passes axe.
  await page.goto("/profil");
  await expect(page.getByRole("radio", { name: "Aldri" })).toBeChecked();
  await expect(page.getByText(OWNER)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Ukentlig (mandager)" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Påminnelsene er lagret: ukentlig (mandager).")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Ukentlig (mandager)" })).toBeChecked();
});

/** The link printed under an item's title in a digest. */
function itemLinkIn(m: ReceivedMail, title: string): string {
  const lines = m.text.split("\n");
  const at = lines.findIndex((line) => line.includes(title));
  const link = lines.slice(at + 1, at + 3).find((line) => line.trim().startsWith("http"));
  if (at < 0 || !link) throw new Error(`Ingen lenke under «${title}» i e-posten`);
  return link.trim();
}
