import { expect, test } from "@playwright/test";
import { HELT, logIn, projectIdFromList } from "./fixtures";

// axe needs JavaScript in the page; the same pages are checked with axe in the other journeys.

test.use({ javaScriptEnabled: false });

test("without JavaScript: log in, register an activity after a server-side error, and add a conference input", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/aktiviteter/ny`);
  await page.getByLabel("Tittel").fill("Internundervisning på DPS Kolvereid");
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();
  await expect(page.getByText("Velg type aktivitet").last()).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveValue("Internundervisning på DPS Kolvereid");
  // The date is plain text: typed as dd.mm.åååå, with no calendar button that would need JavaScript.
  await expect(page.getByRole("button", { name: "Velg dato" })).toHaveCount(0);
  await page.getByLabel("Dato", { exact: true }).fill("5.12.2012");
  await page.getByLabel("Type").selectOption({ label: "Internundervisning" });
  await page.getByLabel("Steg og tema").selectOption({ label: "Iverksette ny praksis" });
  await page.getByRole("checkbox", { name: "Medarbeidere" }).check();
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Internundervisning på DPS Kolvereid" })).toBeVisible();
  await expect(page.getByText("05.12.2012")).toBeVisible();
  // The message crosses the redirect without JavaScript too, and is gone on the next page.
  await expect(page.getByRole("status").filter({ hasText: "Aktiviteten er registrert." })).toBeVisible();

  await page.goto(`/prosjekter/${id}/konferanser`);
  await page.getByRole("link", { name: "Dialogkonferanse Midtre Namdal" }).click();
  await page.getByRole("textbox", { name: "Innspill", exact: true }).fill("Lag en oversikt over lavterskeltilbud");
  await page.getByRole("button", { name: "Legg til innspill" }).click();
  await expect(page.getByText("Lag en oversikt over lavterskeltilbud", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Innspillet er lagt til." })).toBeVisible();
  await expect(page.getByText("Aktiviteten er registrert.")).toHaveCount(0);
});
