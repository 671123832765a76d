import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

/** The project-details form on the settings page (the phases below it have forms of their own). */
const detailsForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: "Lagre", exact: true }) });

test("the project leader edits the project details; bad input gets field messages and keeps what was typed", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}`);
  await page.getByRole("link", { name: "Endre prosjektopplysninger" }).click();
  await expectAccessible(page);

  await detailsForm(page).getByLabel("Navn").fill("");
  await detailsForm(page).getByLabel("Beskrivelse").fill("Ny beskrivelse av prosjektet");
  await detailsForm(page).getByLabel("Sluttdato").fill("2001-01-01");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Navn må fylles ut").last()).toBeVisible();
  await expect(page.getByText("Sluttdato kan ikke være før startdato").last()).toBeVisible();
  await expect(detailsForm(page).getByLabel("Beskrivelse")).toHaveValue("Ny beskrivelse av prosjektet");
  await expectAccessible(page);

  await detailsForm(page).getByLabel("Navn").fill(HELT);
  await detailsForm(page).getByLabel("Sluttdato").fill("2013-12-31");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: HELT })).toBeVisible();
  await expect(page.getByText("Ny beskrivelse av prosjektet")).toBeVisible();
});

test("two people editing at once: the second save is refused and the other change is shown", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await logIn(first, "prosjektleder@trinnvis.test");
  await logIn(second, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(first, HELT);
  await first.goto(`/prosjekter/${id}/innstillinger`);
  await second.goto(`/prosjekter/${id}/innstillinger`);

  await detailsForm(first).getByLabel("Eier").fill("Eier lagret først");
  await first.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(first).toHaveURL(new RegExp(`/prosjekter/${id}$`));

  await detailsForm(second).getByLabel("Beskrivelse").fill("Beskrivelse lagret sist");
  await second.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(second.getByText(/Noen andre har lagret endringer/)).toBeVisible();
  await expect(second.getByRole("heading", { name: /Lagret versjon/ })).toBeVisible();
  await expect(detailsForm(second).getByLabel("Beskrivelse")).toHaveValue("Beskrivelse lagret sist");
  await expectAccessible(second);

  await first.goto(`/prosjekter/${id}`);
  await expect(first.getByText("Eier: Eier lagret først")).toBeVisible();
  await expect(first.getByText("Beskrivelse lagret sist")).toHaveCount(0);

  // Saving again, now against the stored version, goes through.
  await second.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(second).toHaveURL(new RegExp(`/prosjekter/${id}$`));
  await expect(second.getByText("Beskrivelse lagret sist")).toBeVisible();
});

test("a steering-group member has no edit link and a refused POST", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}`);
  await expect(page.getByRole("link", { name: "Endre prosjektopplysninger" })).toHaveCount(0);
  const view = await page.goto(`/prosjekter/${id}/innstillinger`);
  expect(view?.status()).toBe(403);
  await expectAccessible(page);
  await page.goto(`/prosjekter/${id}`);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const post = await page.request.post(`/prosjekter/${id}/innstillinger`, {
    form: { csrf, name: "Endret av styringsgruppen", startDate: "2009-10-01", endDate: "2013-12-31", version: "99" },
  });
  expect(post.status()).toBe(403);
});
