import { expect, test } from "@playwright/test";
import { HELT, logIn, projectIdFromList } from "./fixtures";

// The project menu folds behind a button on a phone and opens from the keyboard; breadcrumbs lead
// back up; a wide table scrolls in its own box, which can be focused and is named by its caption.

test("on a narrow screen the project menu is a button that opens and closes from the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/malinger`);
  const menu = page.getByRole("navigation", { name: `Prosjektet ${HELT}` });
  const toggle = menu.getByRole("button", { name: "Prosjektmeny" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(menu.getByRole("link", { name: "Aktiviteter" })).toBeHidden();

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Oversikt" })).toBeFocused();
  await expect(menu.getByRole("link", { name: "Målinger" })).toHaveAttribute("aria-current", "page");

  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await expect(menu.getByRole("link", { name: "Aktiviteter" })).toBeHidden();

  // Space opens it too; a chosen page closes it again.
  await page.keyboard.press("Space");
  await menu.getByRole("link", { name: "Aktiviteter" }).click();
  await expect(page).toHaveURL(new RegExp(`/prosjekter/${projectId}/aktiviteter$`));
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("on a wide screen the project menu shows its links without a button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await logIn(page, "prosjektleder@trinnvis.test");
  await page.getByRole("link", { name: HELT }).click();
  const menu = page.getByRole("navigation", { name: `Prosjektet ${HELT}` });
  await expect(menu.getByRole("link", { name: "Aktiviteter" })).toBeVisible();
  await expect(menu.getByRole("button", { name: "Prosjektmeny" })).toBeHidden();
});

test("breadcrumbs lead from a measure's data back to the project", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/malinger`);
  const measures = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute("href")! })));
  const { name: measureName, href: measureHref } = measures.find((m) => /\/malinger\/\d+$/.test(m.href))!;
  await page.goto(`${measureHref}/data`);
  const crumbs = page.getByRole("navigation", { name: "Du er her" });
  await expect(crumbs.getByRole("link")).toHaveText(["Prosjekter", HELT, "Målinger", measureName, "Data"]);
  await expect(crumbs.getByRole("link", { name: "Data" })).toHaveAttribute("aria-current", "page");
  await crumbs.getByRole("link", { name: "Målinger" }).click();
  await expect(page).toHaveURL(new RegExp(`/prosjekter/${projectId}/malinger$`));
});

test("a table scrolls in a box that can be focused and is named by the table's caption", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/aktiviteter`);
  const table = page.locator("main table").first();
  const caption = (await table.locator("caption").textContent())!.trim();
  const box = page.getByRole("region", { name: caption, exact: true });
  await expect(box).toHaveAttribute("tabindex", "0");
  await expect(box.locator("table")).toHaveCount(1);
  await box.focus();
  await expect(box).toBeFocused();
  // The table is wider than the phone, so the box (not the page) scrolls, and the arrow keys move it.
  const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test("printed on A4 portrait, every table in a report's print view fits the page, without menus or breadcrumbs", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/rapporter`);
  if ((await page.locator("main table a").count()) === 0) {
    await page.getByLabel("Tittel").fill("Utskriftssjekk");
    await page.getByLabel("Periode fra").fill("2012-01-01");
    await page.getByLabel("Periode til").fill("2012-12-31");
    await page.getByRole("button", { name: "Lag rapporten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Utskriftssjekk" })).toBeVisible();
    await page.goto(`/prosjekter/${projectId}/rapporter`);
  }
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const report = hrefs.find((h) => /\/rapporter\/\d+$/.test(h));
  expect(report, "en rapport å skrive ut").toBeTruthy();
  await page.goto(`${report}/utskrift`);
  await expect(page.getByRole("button", { name: "Skriv ut eller lagre som PDF" })).toBeVisible();
  // A4 is 210 mm wide; print.css leaves 15 mm each side: 180 mm, 680 CSS pixels.
  await page.setViewportSize({ width: 680, height: 960 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Du er her" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: `Prosjektet ${HELT}` })).toBeHidden();
  const tables = await page.locator("main table").evaluateAll((all) => all.map((t) => ({ caption: t.querySelector("caption")?.textContent ?? "", right: Math.round(t.getBoundingClientRect().right) })));
  expect(tables.length).toBeGreaterThan(0);
  expect(tables.filter((t) => t.right > 680)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
});
