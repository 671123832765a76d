import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "trinnvis-demo";
export const HELT = "Helt, ikke stykkevis og delt";
export const PAKKEFORLOP = "Pakkeforløp psykisk helse og rus i Levanger";

export async function logIn(page: Page, email: string) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/prosjekter$/);
}

/** axe with the WCAG 2.1 A and AA rules; the page must have no violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** The id of a project, read from its link on the project list. */
export async function projectIdFromList(page: Page, name: string): Promise<string> {
  const href = await page.getByRole("link", { name }).getAttribute("href");
  return href!.split("/").pop()!;
}
