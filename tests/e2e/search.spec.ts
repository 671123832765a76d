import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, HELT, logIn } from "./fixtures";

// «Selvhjelpsplan» is a tiltak of project 1 (Helt) only.
const WORD = "selvhjelpsplan";

async function searchFromHeader(page: Page, text: string) {
  const box = page.getByRole("search", { name: "Søk i prosjektene dine" });
  await box.getByLabel("Søk", { exact: true }).fill(text);
  await box.getByRole("button", { name: "Søk" }).click();
  await expect(page).toHaveURL(/\/sok\?q=/);
}

test("a member of project 2 finds nothing of project 1; its leader finds and opens the hit", async ({ page }) => {
  await logIn(page, "prosjektleder2@trinnvis.test");
  await searchFromHeader(page, WORD);
  await expect(page.getByRole("heading", { level: 1, name: "Søk i prosjektene dine" })).toBeVisible();
  await expect(page.getByText(`Ingen treff på «${WORD}».`)).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await logIn(page, "prosjektleder@trinnvis.test");
  await searchFromHeader(page, "SELVHJELPSPLAN");
  const hits = page.locator(".search-hits > li");
  await expect(hits.first()).toContainText(HELT);
  await expect(hits.first().locator("mark").first()).toHaveText(/selvhjelpsplan/i);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Selvhjelpsplan / kriseplan" }).first().click();
  await expect(page).toHaveURL(/\/prosjekter\/\d+\/tiltak\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Selvhjelpsplan");
});

test("hostile text answers with a page and a message, never an error", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  for (const q of ['"', 'NEAR(selvhjelpsplan', "selvhjelpsplan OR *", "a".repeat(10_000), `${"ø".repeat(2_000)} "NEAR(`]) {
    const response = await page.goto(`/sok?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 20)).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Søk i prosjektene dine" })).toBeVisible();
  }
  await page.goto(`/sok?q=${encodeURIComponent('"()*')}`);
  await expect(page.getByText("Skriv minst ett ord eller tall å søke etter.")).toBeVisible();
  await page.goto(`/sok?q=${encodeURIComponent(`${WORD} ${"x".repeat(10_000)}`)}`);
  await expect(page.getByText("Søket var langt")).toBeVisible();
  await expectAccessible(page);
});

test("search within a project, from its own page", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = (await page.getByRole("link", { name: HELT }).getAttribute("href"))!.split("/").pop();
  await page.goto(`/prosjekter/${id}/sok`);
  await page.getByRole("searchbox", { name: "Søk i dette prosjektet" }).fill(WORD);
  await page.getByRole("search", { name: "Søk i dette prosjektet" }).getByRole("button", { name: "Søk" }).click();
  // Other journeys may have added records with the word; the tiltak is among the hits whatever ranks first.
  await expect(page.locator(".search-hits > li").filter({ hasText: "Tiltak" }).first()).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search works", async ({ page }) => {
    await logIn(page, "prosjektleder@trinnvis.test");
    await searchFromHeader(page, WORD);
    await expect(page.locator(".search-hits > li").first()).toContainText(HELT);
  });
});

test("the header search fits a 320 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await logIn(page, "prosjektleder@trinnvis.test");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(320);
  await expect(page.getByRole("search", { name: "Søk i prosjektene dine" }).getByLabel("Søk", { exact: true })).toBeVisible();
});
