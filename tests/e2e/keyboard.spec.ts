// The three main roles' journeys with the keyboard alone: Tab to move, Enter and Space to act.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, HELT } from "./fixtures";

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Nådde ikke ${target} med Tab`);
}

async function logInWithKeyboard(page: Page, email: string) {
  await page.goto("/logg-inn?neste=/prosjekter");
  await tabTo(page, page.getByLabel("E-post"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/prosjekter");
}

test("project leader: opens the project, goes to goals and adds a sub-goal, by keyboard", async ({ page }) => {
  await logInWithKeyboard(page, "prosjektleder@trinnvis.test");
  await tabTo(page, page.getByRole("link", { name: HELT }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: HELT })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Mål", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Mål" })).toBeVisible();
  await tabTo(page, page.getByRole("textbox", { name: "Nytt delmål" }), 200);
  await page.keyboard.type("Ledere på alle nivåer bekrefter forankringen");
  await tabTo(page, page.getByRole("button", { name: "Legg til delmål" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /Ledere på alle nivåer bekrefter forankringen/ })).toBeVisible();
});

test("steering group: opens the steering dashboard and a signed audit, by keyboard", async ({ page }) => {
  await logInWithKeyboard(page, "styringsgruppe@trinnvis.test");
  await tabTo(page, page.getByRole("link", { name: HELT }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Styring", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Styring", exact: true })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: /^«/ }).first(), 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Svarene side om side" })).toBeVisible();
});

test("advisor: opens the portfolio and a project's readiness check, by keyboard", async ({ page }) => {
  await logInWithKeyboard(page, "radgiver@trinnvis.test");
  await tabTo(page, page.getByRole("link", { name: "Portefølje", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Portefølje", exact: true })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: HELT }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Klar for drift?" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Klar for drift?" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Lagre øyeblikksbilde" }), 300);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("row").filter({ hasText: /Ikke klar for drift/ }).first()).toBeVisible();
});
