// Nothing typed is lost when the session ends: a warning first, with a way to stay; after the end, a
// form posted is kept and comes back filled in after login, asking "Lagre nå?".
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

const LEADER = "prosjektleder@trinnvis.test";

/** As if the person had left the page alone for two hours: the server ends the session at its next request. */
function leaveIdle(email: string) {
  const db = new Database("test-results/e2e.db");
  try {
    db.prepare("UPDATE sessions SET last_seen_at = ? WHERE user_id = (SELECT id FROM users WHERE email = ?)").run(new Date(Date.now() - 2 * 3600_000).toISOString(), email);
  } finally {
    db.close();
  }
}

async function fillNewActivity(page: Page, title: string) {
  await page.getByRole("link", { name: "Registrer aktivitet" }).click();
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Dato", { exact: true }).fill("2012-11-21");
  await page.getByLabel("Type").selectOption({ label: "Personalmøte" });
  await page.getByLabel("Steg og tema").selectOption({ label: "Iverksette ny praksis" });
  await page.getByRole("checkbox", { name: "Medarbeidere" }).check();
  await page.getByLabel("Beskrivelse").fill("En lang beskrivelse som ingen vil skrive to ganger.");
}

async function logInAgain(page: Page) {
  await page.getByLabel("E-post").fill(LEADER);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

test("a session ending mid-form: the person logs in again and saves without retyping", async ({ page }) => {
  await logIn(page, LEADER);
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/aktiviteter`);
  await fillNewActivity(page, "Personalmøte etter utløpt økt");
  leaveIdle(LEADER);
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();

  await expect(page).toHaveURL(/\/logg-inn\?/);
  await expect(page.getByText("Økten din gikk ut før skjemaet ble lagret. Det du skrev, er tatt vare på")).toBeVisible();
  await logInAgain(page);

  await expect(page).toHaveURL(new RegExp(`/prosjekter/${id}/aktiviteter/ny$`));
  const notice = page.getByRole("status").filter({ hasText: "Lagre nå?" });
  await expect(notice).toBeFocused();
  await expect(page.getByLabel("Tittel")).toHaveValue("Personalmøte etter utløpt økt");
  await expect(page.getByLabel("Beskrivelse")).toHaveValue("En lang beskrivelse som ingen vil skrive to ganger.");
  await expect(page.getByLabel("Type")).toHaveValue("personalmote");
  await expect(page.getByRole("checkbox", { name: "Medarbeidere" })).toBeChecked();
  await expectAccessible(page);
  await notice.getByRole("button", { name: "Lagre nå" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Personalmøte etter utløpt økt" })).toBeVisible();
  await expect(page.getByText("En lang beskrivelse som ingen vil skrive to ganger.").first()).toBeVisible();
});

test("a tab left open while the person logged in again in another tab keeps its input and says why", async ({ context }) => {
  const form = await context.newPage();
  await logIn(form, LEADER);
  const id = await projectIdFromList(form, HELT);
  await form.goto(`/prosjekter/${id}/aktiviteter`);
  await fillNewActivity(form, "Skrevet i den gamle fanen");
  leaveIdle(LEADER);

  const other = await context.newPage();
  await other.goto(`/prosjekter/${id}`);
  await expect(other.getByText("Økten din gikk ut fordi du ikke var aktiv")).toBeVisible();
  await logInAgain(other);
  await expect(other).toHaveURL(new RegExp(`/prosjekter/${id}$`));

  await form.getByRole("button", { name: "Registrer aktiviteten" }).click();
  const notice = form.getByRole("status").filter({ hasText: "Du logget inn på nytt i en annen fane" });
  await expect(notice).toBeVisible();
  await expect(form.getByLabel("Tittel")).toHaveValue("Skrevet i den gamle fanen");
  await notice.getByRole("button", { name: "Lagre nå" }).click();
  await expect(form.getByRole("heading", { level: 1, name: "Skrevet i den gamle fanen" })).toBeVisible();
});

test("a warning before the session ends lets the person stay logged in", async ({ page }) => {
  await logIn(page, LEADER);
  await page.clock.install();
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/aktiviteter/ny`);
  await page.getByLabel("Tittel").fill("Skriver sakte");

  await page.clock.fastForward("27:30");
  const warning = page.getByRole("dialog", { name: "Økten din går snart ut" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("Du blir logget ut om");
  await expectAccessible(page);
  await warning.getByRole("button", { name: "Fortsett økten" }).click();
  await expect(warning).toBeHidden();

  // Counted afresh from the request that continued the session.
  await page.clock.fastForward("20:00");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.clock.fastForward("10:00");
  await expect(page.getByRole("dialog", { name: "Økten din er utløpt" })).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveValue("Skriver sakte");
});
