import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, HELT, logIn, PAKKEFORLOP } from "./fixtures";

test("the advisor opens the portfolio from the header, sees both projects and downloads them as a spreadsheet", async ({ page }) => {
  await logIn(page, "radgiver@trinnvis.test");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Portefølje", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portefølje", exact: true })).toBeVisible();
  await expect(page.getByText("2 av 2 prosjekter")).toBeVisible();
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
  expect([2, 3].map((r) => sheet.getRow(r).getCell(1).value).sort()).toEqual([HELT, PAKKEFORLOP].sort());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the advisor filters the portfolio by step, and the choice is kept", async ({ page }) => {
    await logIn(page, "radgiver@trinnvis.test");
    await page.goto("/portefolje");
    await page.getByLabel("Steg").selectOption({ label: "2. Planlegge" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/steg=planlegge/);
    await expect(page.getByText("1 av 2 prosjekter")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: PAKKEFORLOP })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: HELT })).toHaveCount(0);
    await expect(page.getByLabel("Steg")).toHaveValue("planlegge");
    await expect(page.getByRole("link", { name: "Last ned som regneark (.xlsx)" })).toHaveAttribute("href", "/portefolje.xlsx?steg=planlegge");
  });
});
