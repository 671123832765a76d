import { expect, test } from "@playwright/test";
import { expectAccessible, logIn, PAKKEFORLOP, projectIdFromList } from "./fixtures";

test("every admin page, with and without form errors, has no axe violations", async ({ page }) => {
  await logIn(page, "admin@trinnvis.test");
  for (const path of ["/admin", "/admin/brukere", "/admin/organisasjoner", "/admin/medlemskap", "/admin/import"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/admin/organisasjoner");
  await page.getByRole("button", { name: "Legg til organisasjon" }).click();
  await expect(page.getByText("Navn må fylles ut").last()).toBeVisible();
  await expect(page.getByText("Velg nivå", { exact: true }).last()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/medlemskap");
  await page.getByRole("button", { name: "Lagre medlemskap" }).click();
  await expect(page.getByText("Velg prosjekt", { exact: true }).last()).toBeVisible();
  await expectAccessible(page);
});

test("the second project's leader sees their overview, accessible, with their own organisations", async ({ page }) => {
  await logIn(page, "prosjektleder2@trinnvis.test");
  const id = await projectIdFromList(page, PAKKEFORLOP);
  await page.goto(`/prosjekter/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: PAKKEFORLOP })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Levanger kommune – Innherred" })).toBeVisible();
  await expect(page.getByText("Grong kommune")).toHaveCount(0);
  // Both of its measures are generated for the demo, and each says so.
  await expect(page.getByText("Illustrativ", { exact: true })).toHaveCount(2);
  await expectAccessible(page);
});

test("the pages can be used with the keyboard alone: skip link and login", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-post")).toBeFocused();
  await page.keyboard.type("prosjektleder2@trinnvis.test");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Passord")).toBeFocused();
  await page.keyboard.type("trinnvis-demo");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/til-meg$/);
  await expect(page.getByRole("heading", { level: 1, name: "Til meg" })).toBeVisible();
});
