import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, HELT, logIn, PAKKEFORLOP } from "./fixtures";

test("the advisor opens the portfolio from the header, sees both projects and downloads them as a spreadsheet", async ({ page }) => {
  await logIn(page, "radgiver@trinnvis.test");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Portefølje", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portefølje", exact: true })).toBeVisible();
  // Every project of the advisor's (other journeys may have added some, e.g. by import), none left out.
  const rows = page.getByRole("table", { name: "Prosjektene dine" }).getByRole("row");
  const all = (await rows.count()) - 1;
  expect(all).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(`${all} av ${all} prosjekter`)).toBeVisible();
  const helt = page.getByRole("row").filter({ hasText: HELT });
  await expect(helt.getByRole("cell").nth(1)).toHaveText("Rådgiver");
  await expect(helt.getByRole("cell").nth(2)).toHaveText("3. Utføre");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som regneark (.xlsx)" }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe("Prosjekt");
  const names = Array.from({ length: all }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
  expect(names).toEqual(expect.arrayContaining([HELT, PAKKEFORLOP]));
  expect(sheet.getRow(all + 2).getCell(1).value ?? null).toBeNull();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the advisor filters the portfolio by step, and the choice is kept", async ({ page }) => {
    await logIn(page, "radgiver@trinnvis.test");
    await page.goto("/portefolje");
    await page.getByLabel("Steg").selectOption({ label: "2. Planlegge" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/steg=planlegge/);
    const status = await page.getByRole("status").filter({ hasText: /av \d+ prosjekter/ }).textContent();
    const [shown, of] = (status ?? "").match(/\d+/g)!.map(Number);
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(of);
    await expect(page.getByRole("row").filter({ hasText: PAKKEFORLOP })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: HELT })).toHaveCount(0);
    await expect(page.getByLabel("Steg")).toHaveValue("planlegge");
    await expect(page.getByRole("link", { name: "Last ned som regneark (.xlsx)" })).toHaveAttribute("href", "/portefolje.xlsx?steg=planlegge");
  });
});
