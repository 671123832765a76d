import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test("a form with errors: the error summary takes focus and its link leads to the field", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/organisering`);
  const newGroup = page.getByRole("region", { name: "Ny gruppe" });
  await newGroup.getByRole("button", { name: "Opprett gruppen" }).click();

  const summary = newGroup.getByRole("group", { name: "Dette må rettes før du kan gå videre:" });
  await expect(summary).toBeFocused();
  const links = summary.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  await summary.getByRole("link", { name: /Navn/ }).click();
  await expect(newGroup.getByLabel("Navn")).toBeFocused();
  await expectAccessible(page);

  // Correcting a field does not pull focus back to the summary.
  await newGroup.getByLabel("Navn").fill("A");
  await expect(summary).not.toBeFocused();
});

test("a deletion asks in a dialog: cancel keeps it, confirm deletes it and says so", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/organisering`);
  const newGroup = page.getByRole("region", { name: "Ny gruppe" });
  await newGroup.getByLabel("Hva slags gruppe").selectOption({ index: 1 });
  await newGroup.getByLabel("Navn").fill("Midlertidig gruppe for prøving");
  await newGroup.getByRole("button", { name: "Opprett gruppen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gruppen Midlertidig gruppe for prøving er opprettet." })).toBeFocused();

  const deleteButton = page.getByRole("button", { name: "Slett gruppen Midlertidig gruppe for prøving" });
  await expect(deleteButton).toBeVisible();
  await deleteButton.click();
  const question = page.getByRole("dialog", { name: "Slette gruppen Midlertidig gruppe for prøving?" });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();
  await question.getByRole("button", { name: "Avbryt" }).click();
  await expect(question).toBeHidden();
  await expect(deleteButton).toBeVisible();

  await deleteButton.click();
  await question.getByRole("button", { name: "Slett gruppen Midlertidig gruppe for prøving" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gruppen er slettet." })).toBeFocused();
  await expect(deleteButton).toHaveCount(0);
});

test("a missing page inside a project keeps the project's menu and answers 404", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  const response = await page.goto(`/prosjekter/${id}/tiltak/999999`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: `Prosjektet ${HELT}` }).getByRole("link", { name: "Tiltak" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
  await expectAccessible(page);

  // A project that is not there: the site's header and footer stay, with the user's menu.
  const outside = await page.goto("/prosjekter/999999");
  expect(outside?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("button", { name: "Logg ut" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilgjengelighetserklæring" })).toBeVisible();
});
