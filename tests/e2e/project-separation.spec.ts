import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, PAKKEFORLOP, projectIdFromList } from "./fixtures";

test("a member of one demo project gets 404 on the other project's pages, export and actions", async ({ page, browser }) => {
  // Find the other project's id as someone who may see it.
  const other = await browser.newPage();
  await logIn(other, "prosjektleder2@trinnvis.test");
  const otherId = await projectIdFromList(other, PAKKEFORLOP);
  await other.close();

  await logIn(page, "prosjektleder@trinnvis.test");
  const ownId = await projectIdFromList(page, HELT);
  expect(ownId).not.toBe(otherId);

  const overview = await page.goto(`/prosjekter/${otherId}`);
  expect(overview?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByText(PAKKEFORLOP)).toHaveCount(0);
  await expectAccessible(page);

  const exportResponse = await page.request.get(`/prosjekter/${otherId}/eksport.json`);
  expect(exportResponse.status()).toBe(404);

  const settingsPage = await page.goto(`/prosjekter/${otherId}/innstillinger`);
  expect(settingsPage?.status()).toBe(404);
  // Even with this user's own valid CSRF token, the other project's action is not there for them.
  await page.goto(`/prosjekter/${ownId}/innstillinger`);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const post = await page.request.post(`/prosjekter/${otherId}/innstillinger`, {
    form: { csrf, name: "Overtatt", startDate: "2020-01-01", endDate: "2020-12-31", version: "1" },
  });
  expect(post.status()).toBe(404);

  const unknown = await page.goto(`/prosjekter/999999`);
  expect(unknown?.status()).toBe(404);

  const ownExport = await page.request.get(`/prosjekter/${ownId}/eksport.json`);
  expect(ownExport.status()).toBe(200);
  const data = await ownExport.json();
  expect(data.format).toBe("trinnvis-prosjekt");
  expect(data.project.name).toBe(HELT);
});

test("healthz checks the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
