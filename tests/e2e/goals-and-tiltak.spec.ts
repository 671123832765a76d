import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test("the project leader records a sub-goal evaluation and adds a sub-goal", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/mal`);
  await expect(page.getByRole("heading", { level: 2, name: /^Delmål 5:/ })).toBeVisible();
  await expectAccessible(page);

  const goal5 = page.locator(".ds-card").filter({ has: page.getByRole("heading", { name: /^Delmål 5:/ }) });
  await goal5.locator("summary", { hasText: "Registrer vurdering" }).click();
  await goal5.getByLabel("Dato for vurderingen").fill("");
  await goal5.getByRole("button", { name: "Registrer vurdering" }).click();
  await expect(goal5.getByText("Dato for vurderingen må fylles ut")).toBeVisible();
  await expect(goal5.locator(".ds-validation-message", { hasText: "Velg status" })).toBeVisible();
  await expectAccessible(page);
  await goal5.getByLabel("Dato for vurderingen").fill("2013-02-28");
  await goal5.getByLabel("Status").selectOption({ label: "Pågår" });
  await goal5.getByLabel("Kommentar").fill("Introduksjonsprogrammet er under planlegging.");
  await goal5.getByRole("button", { name: "Registrer vurdering" }).click();
  await expect(goal5.getByRole("row").nth(1)).toContainText("28.02.2013");
  await expect(goal5.getByRole("row").nth(1)).toContainText("Introduksjonsprogrammet er under planlegging.");

  await page.getByRole("textbox", { name: "Nytt delmål" }).fill("Brukerne er med og beskriver pasientforløpet");
  await page.getByRole("button", { name: "Legg til delmål" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Delmål 7: Brukerne er med og beskriver pasientforløpet" })).toBeVisible();
});

test("a tiltak goes through its statuses with history, a hearing and standardisation", async ({ page }) => {
  await logIn(page, "medarbeider@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/tiltak`);
  await expect(page.getByRole("heading", { level: 2, name: "Standardisert (2)" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nytt tiltak" }).click();
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByText("Tittel må fylles ut")).toBeVisible();
  await expect(page.locator(".ds-validation-message", { hasText: "Velg prioritet" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Tittel").fill("Felles kriseteam-telefon");
  await page.getByLabel("Prioritet").selectOption({ label: "Prioritert" });
  await page.getByRole("checkbox", { name: /^Delmål 6:/ }).check();
  await page.getByRole("checkbox", { name: "4. Manglende kommunal oppfølging etter utskriving fra institusjon" }).check();
  await page.getByRole("checkbox", { name: /^Avtale 5:/ }).check();
  await page.getByText("Kommune: Ytre Namdal").click();
  await page.getByRole("checkbox", { name: "Vikna kommune" }).check();
  await page.getByText("Spesialisthelsetjeneste", { exact: true }).first().click();
  await page.getByRole("checkbox", { name: "DPS Kolvereid" }).check();
  await page.getByLabel("Startdato").fill("2013-03-01");
  await page.getByLabel("Neste evaluering").fill("2013-01-01");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByText("Neste evaluering kan ikke være før startdato")).toBeVisible();
  await page.getByLabel("Neste evaluering").fill("2014-03-01");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Felles kriseteam-telefon" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Avtale 5: Utskrivningsklare pasienter" })).toBeVisible();

  await page.getByLabel("Ny status").selectOption({ label: "Planlagt" });
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Planlagt$/ })).toBeVisible();

  await page.getByLabel("Ny status").selectOption({ label: "På høring" });
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByText("Skriv hvorfor tiltaket hopper over en status")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Begrunnelse", { exact: true }).fill("Prøvd ut i et tidligere prosjekt");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Prøvd ut i et tidligere prosjekt" })).toContainText("På høring");
  await expect(page.getByLabel("Begrunnelse", { exact: true })).toHaveValue("");

  await page.getByRole("button", { name: "Registrer høringen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Høring sendt/ })).toBeVisible();
  await page.locator("summary", { hasText: "Registrer svar" }).click();
  await page.getByLabel("Organisasjon", { exact: true }).first().selectOption({ label: "Vikna kommune" });
  await page.getByLabel("Svar", { exact: true }).fill("Støtter tiltaket.");
  await page.getByRole("button", { name: "Registrer svaret" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Vikna kommune" }).first()).toContainText("Støtter tiltaket.");

  await page.getByLabel("Ny status").selectOption({ label: "Standardisert" });
  await page.getByRole("button", { name: "Endre status" }).click();
  const standardForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Registrer standardisering" }) });
  await standardForm.getByLabel("Organisasjon").selectOption({ label: "DPS Kolvereid" });
  await standardForm.getByLabel("Type dokument").selectOption({ label: "Rutine" });
  await standardForm.getByLabel("Hvor praksisen er skrevet ned").fill("Rutine 4.2 i kvalitetssystemet");
  await page.getByRole("button", { name: "Registrer standardisering" }).click();
  const standardisation = page.getByRole("table", { name: "Standardisering per organisasjon" });
  await expect(standardisation.getByRole("row").filter({ hasText: "DPS Kolvereid" })).toContainText("Rutine 4.2 i kvalitetssystemet");
  await expect(standardisation.getByRole("row").filter({ hasText: "Vikna kommune" })).toContainText("Ikke registrert");

  await page.getByLabel("Ny status").selectOption({ label: "Utprøving" });
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByText("Skriv hvorfor tiltaket flyttes tilbake")).toBeVisible();
  await expectAccessible(page);
});
