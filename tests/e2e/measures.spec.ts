import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

/** 20 months: ten low values, then ten high ones, so the run chart shows an unusually long run. */
async function workbook(badRow: boolean) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data");
  sheet.addRow(["Dato", "Verdi", "Merknad"]);
  for (let i = 0; i < 20; i++) {
    const date = new Date(Date.UTC(2013, i, 1));
    const value = i < 10 ? 2 + (i % 3) : 9 + (i % 3);
    sheet.addRow([badRow && i === 4 ? "31.02.2013" : date, value, i === 10 ? "Ny rutine tatt i bruk" : ""]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

test("a project leader defines a measure, imports an XLSX with a bad row (nothing saved), fixes it, and sees the chart's signal explained", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/malinger`);
  await expect(page.getByText("Illustrativ").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny måling" }).click();

  await page.getByRole("button", { name: "Opprett målingen" }).click();
  await expect(page.getByRole("link", { name: "Navn må fylles ut" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Navn").fill("Antall brukere med kriseplan");
  await page.getByLabel("Type måling").selectOption({ label: "Antall" });
  await page.getByLabel("Operasjonell definisjon").fill("Brukere i målgruppen med en oppdatert kriseplan ved månedsslutt.");
  await page.getByLabel("Hva er en forbedring?").selectOption({ label: "Høyere er bedre" });
  await page.getByLabel("Diagramtype").selectOption({ label: "Seriediagram (median)" });
  await page.getByLabel("Eier etter prosjektet").fill("Enhetsleder psykisk helse, Namsos kommune");
  await page.getByRole("checkbox", { name: "Målingen fortsetter etter prosjektet" }).check();
  await page.getByRole("button", { name: "Opprett målingen" }).click();
  // A new measure opens on its data page, where points are added.
  await expect(page.getByRole("heading", { level: 1, name: "Antall brukere med kriseplan" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Målingen Antall brukere med kriseplan" }).getByRole("link", { name: "Data" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Ingen data ennå.")).toBeVisible();

  await page.getByLabel("Fil (CSV eller XLSX, høyst 5 MB)").setInputFiles({
    name: "kriseplan.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await workbook(true),
  });
  await page.getByRole("button", { name: "Forhåndsvis filen" }).click();
  const errors = page.getByRole("table", { name: "Rader med feil" });
  await expect(errors.getByRole("row").filter({ hasText: "Datoen «31.02.2013» finnes ikke" })).toContainText("6");
  await expect(page.getByRole("button", { name: /Lagre alle/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByText("Ingen data ennå.")).toBeVisible();

  await page.getByLabel("Fil (CSV eller XLSX, høyst 5 MB)").setInputFiles({
    name: "kriseplan.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await workbook(false),
  });
  await page.getByRole("button", { name: "Forhåndsvis filen" }).click();
  await expect(page.getByText("20 punkter er klare til å lagres.")).toBeVisible();
  await page.getByRole("button", { name: "Lagre alle 20 punktene" }).click();
  const table = page.getByRole("table", { name: "Datapunkter for Antall brukere med kriseplan" });
  await expect(table.getByRole("row")).toHaveCount(21);
  await expect(table.getByRole("row").filter({ hasText: "01.11.2013" })).toContainText("Ny rutine tatt i bruk");
  await expectAccessible(page);

  // The chart page explains the signal; the menu goes there without loading a new document.
  await page.evaluate(() => ((window as unknown as { samme?: boolean }).samme = true));
  await page.getByRole("navigation", { name: "Målingen Antall brukere med kriseplan" }).getByRole("link", { name: "Diagram", exact: true }).click();
  await expect(page.getByText("Uvanlig lang serie: 10 punkter under medianen, grensen er 7.")).toBeVisible();
  await expect(page.getByText("Uvanlig få kryssinger: 1 kryssing av medianen, minst 6 var ventet.")).toBeVisible();
  // The verdict: the latest point is part of the long run, and its icon says the same.
  await expect(page.getByText(/ved siste punkt \(01\.08\.2014\): del av en uvanlig lang serie over midtlinjen/)).toBeVisible();
  await expect(page.locator('.mdc-icon[title="Spesiell variasjon, forbedring (høye verdier)"] svg')).toBeVisible();
  await expect(page.getByRole("img", { name: /Diagram for Antall brukere med kriseplan/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { samme?: boolean }).samme)).toBe(true);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Se alle 20 punktene i en tabell" }).click();
  const marking = page.locator("form").filter({ has: page.getByRole("button", { name: "Legg til markering" }) });
  await marking.getByLabel("Marker").selectOption({ label: "Ny fase fra denne datoen" });
  await marking.getByLabel("Dato", { exact: true }).fill("2013-11-01");
  await marking.getByRole("button", { name: "Legg til markering" }).click();
  await expect(marking.getByText("Begrunnelse eller merknad må fylles ut").last()).toBeVisible();
  await marking.getByLabel("Begrunnelse eller merknad").fill("Ny rutine for kriseplan");
  await marking.getByRole("button", { name: "Legg til markering" }).click();
  // Ten points in each phase are too few to claim a signal, and the page says so.
  await expect(page.getByText("Fase 2: For få punkter til å lese signaler: 10 punkter med verdi, reglene trenger minst 13.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Hendelser i diagrammet" }).getByRole("listitem").filter({ hasText: "01.11.2013: Ny fase: Ny rutine for kriseplan" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Data", exact: true }).click();
  const csv = await page.request.get((await page.getByRole("link", { name: "Last ned data (CSV)" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Dato;Verdi;Skjermet;Holdt utenfor;Merknad");
  expect(text).toContain("01.01.2013;;under 3;;");
  expect(text).toContain("01.03.2013;4;;;");

  // One point is corrected at a time; the message comes from the server and the field gets focus.
  await page.getByRole("link", { name: "Endre eller slett punktet 01.03.2013" }).click();
  const editing = page.getByRole("region", { name: "Endre punktet 01.03.2013" });
  await expect(editing.getByLabel("Verdi")).toHaveValue("4");
  await editing.getByLabel("Verdi").fill("fire");
  await editing.getByRole("button", { name: "Lagre punktet" }).click();
  // The error summary takes focus; its link leads to the field.
  const summary = editing.getByRole("group", { name: "Dette må rettes før du kan gå videre:" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Verdi må være et tall" }).click();
  await expect(editing.getByLabel("Verdi")).toBeFocused();
  await expectAccessible(page);
  await editing.getByLabel("Verdi").fill("6");
  await editing.getByRole("button", { name: "Lagre punktet" }).click();
  await expect(page.getByRole("region", { name: "Endre punktet 01.03.2013" })).toHaveCount(0);
  await expect(table.getByRole("row").filter({ hasText: "01.03.2013" }).getByRole("cell").nth(1)).toHaveText("6");

  await page.getByRole("link", { name: "Endre eller slett punktet 01.04.2013" }).click();
  const deleteButton = page.getByRole("region", { name: "Endre punktet 01.04.2013" }).getByRole("button", { name: "Slett punktet 01.04.2013" });
  // Asked first: cancelling deletes nothing and focus returns to the button.
  await deleteButton.click();
  const question = page.getByRole("dialog", { name: "Slette målepunktet 01.04.2013?" });
  await question.getByRole("button", { name: "Avbryt" }).click();
  await expect(question).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await expect(table.getByRole("row")).toHaveCount(21);
  await deleteButton.click();
  await question.getByRole("button", { name: "Slett" }).click();
  await expect(table.getByRole("row")).toHaveCount(20);
  await expect(table.getByRole("row").filter({ hasText: "01.04.2013" })).toHaveCount(0);
});

test("a steering-group member reads a measure but cannot add data", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/malinger`);
  await page.getByRole("link", { name: /Selvhjelpsplaner/ }).click();
  await expect(page.getByRole("heading", { name: "Hva dataene viser" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Definisjon" })).toHaveCount(0);
  await page.getByRole("link", { name: "Data", exact: true }).click();
  await expect(page.getByRole("table", { name: /Datapunkter for/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Legg til punktet" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Endre eller slett punktet/ })).toHaveCount(0);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const response = await page.request.post(page.url(), { form: { csrf, intent: "punkt", date: "2014-01-01", value: "5" } });
  expect(response.status()).toBe(403);
  expect((await page.request.get(page.url().replace(/\/data$/, "/endre"))).status()).toBe(403);
});

test("a project leader types a point's date as dd.mm.åååå, and picks another with the calendar by keyboard", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/malinger/ny`);
  await page.getByLabel("Navn").fill("Ventetid til første samtale");
  await page.getByLabel("Type måling").selectOption({ label: "Antall" });
  await page.getByLabel("Operasjonell definisjon").fill("Gjennomsnittlig antall dager fra henvisning til første samtale, per måned.");
  await page.getByLabel("Hva er en forbedring?").selectOption({ label: "Lavere er bedre" });
  await page.getByLabel("Diagramtype").selectOption({ label: "Seriediagram (median)" });
  await page.getByRole("button", { name: "Opprett målingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ventetid til første samtale" })).toBeVisible();
  const table = page.getByRole("table", { name: "Datapunkter for Ventetid til første samtale" });
  const pointForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Legg til punktet" }) });
  const date = pointForm.getByLabel("Dato", { exact: true });

  // An impossible day is refused beside the field, with the reason.
  await date.fill("31.02.2024");
  await pointForm.getByLabel("Verdi").fill("12,5");
  await pointForm.getByRole("button", { name: "Legg til punktet" }).click();
  await expect(pointForm.getByText("31.02.2024 finnes ikke: februar 2024 har 29 dager.").last()).toBeVisible();
  await expect(date).toHaveValue("31.02.2024");

  await date.fill("31.12.2024");
  await pointForm.getByLabel("Verdi").fill("12,5");
  await pointForm.getByRole("button", { name: "Legg til punktet" }).click();
  await expect(table.getByRole("row").filter({ hasText: "31.12.2024" }).getByRole("cell").nth(1)).toHaveText("12,5");

  // The calendar opens on the typed day; arrows move, Enter picks, and focus returns to the field.
  await date.fill("15.01.2025");
  await pointForm.getByRole("button", { name: "Velg dato" }).focus();
  await page.keyboard.press("Enter");
  const calendar = page.getByRole("dialog", { name: "Velg dato: Dato" });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole("grid")).toHaveAccessibleName(/januar 2025/);
  await expect(calendar.getByRole("button", { name: /15\. januar 2025, valgt/ })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(calendar).toHaveCount(0);
  await expect(date).toHaveValue("23.01.2025");
  await expect(date).toBeFocused();
  await pointForm.getByLabel("Verdi").fill("7");
  await pointForm.getByRole("button", { name: "Legg til punktet" }).click();
  await expect(table.getByRole("row").filter({ hasText: "23.01.2025" }).getByRole("cell").nth(1)).toHaveText("7");

  // Escape closes the calendar and leaves the field as it was.
  await pointForm.getByRole("button", { name: "Velg dato" }).click();
  await expect(calendar).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(calendar).toHaveCount(0);
});
