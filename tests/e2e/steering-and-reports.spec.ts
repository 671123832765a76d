import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test.describe.serial("the steering group approves a step", () => {
  let overview = "";

  test("the project leader asks for the current step to be approved", async ({ page }) => {
    await logIn(page, "prosjektleder@trinnvis.test");
    overview = `/prosjekter/${await projectIdFromList(page, HELT)}`;
    await page.goto(overview);
    await expect(page.getByText("Prosjektet er i steget 3. Utføre.")).toBeVisible();
    await page.getByRole("link", { name: "Be styringsgruppen godkjenne steget" }).click();
    await page.getByRole("button", { name: "Be om godkjenning" }).click();
    await expect(page.getByText("Begrunnelse må fylles ut").last()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Be styringsgruppen godkjenne steget").fill("Selvhjelpsplanen og henvisningsvedlegget er prøvd ut og sendt på høring.");
    await page.getByRole("button", { name: "Be om godkjenning" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Selvhjelpsplanen og henvisningsvedlegget" })).toContainText("Venter på styringsgruppen");
    await expect(page.getByRole("button", { name: "Be om godkjenning" })).toHaveCount(0);
    await page.goto(overview);
    await expect(page.getByText(/ba \d\d\.\d\d\.\d{4} om at steget «3\. Utføre» godkjennes/)).toBeVisible();
  });

  test("a steering-group member approves it from the overview's link, and sees the decision and the next step", async ({ page }) => {
    await logIn(page, "styringsgruppe@trinnvis.test");
    await page.goto(overview);
    await page.getByRole("link", { name: "Avgjør forespørselen" }).click();
    await page.getByRole("radio", { name: "Send tilbake" }).check();
    await page.getByRole("button", { name: "Lagre avgjørelsen" }).click();
    await expect(page.getByText("Skriv hva som mangler når du sender tilbake").last()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Godkjenn steget" }).check();
    await page.getByLabel("Kommentar").fill("Godkjent i møtet.");
    await page.getByRole("button", { name: "Lagre avgjørelsen" }).click();
    await expect(page.getByText("Prosjektet er i steget 4. Kontrollere.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Godkjenning av steg" })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "Selvhjelpsplanen og henvisningsvedlegget" });
    await expect(row).toContainText("Godkjent");
    await expect(row).toContainText("Anne Sørli");
    await expect(row).toContainText("Godkjent i møtet.");
    await expectAccessible(page);
  });
});

test("the steering group records a meeting with a decision and follows it up on the dashboard", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/styring`);
  await expect(page.getByRole("heading", { level: 2, name: "Målinger: siste signal" })).toBeVisible();
  await expect(page.getByText(/Bærekraftsrevisjon: «/)).toBeVisible();
  await expectAccessible(page);

  await page.locator("summary", { hasText: "Registrer et møte" }).click();
  await page.getByLabel("Dato", { exact: true }).fill("2013-03-14");
  await page.getByLabel("Sted", { exact: true }).fill("Namsos");
  await page.getByRole("checkbox", { name: "Anne Sørli (Styringsgruppe)" }).check();
  await page.getByLabel("Andre til stede").fill("Fylkesmannens representant");
  await page.getByRole("button", { name: "Registrer møtet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Styringsgruppemøte 14.03.2013" })).toBeVisible();
  await expect(page.getByText("Til stede: Anne Sørli, Fylkesmannens representant")).toBeVisible();

  await page.getByRole("button", { name: "Registrer vedtaket" }).click();
  await expect(page.getByText("Vedtak må fylles ut").last()).toBeVisible();
  await expect(page.getByText("Velg hvem som er ansvarlig, eller skriv navnet til en uten konto").last()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Vedtak", exact: true }).fill("Pasientforløpet legges fram for administrativt samarbeidsutvalg.");
  await page.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: "Kari Lyngstad (Prosjektleder)" });
  await page.getByLabel("Frist").fill("2013-05-01");
  await page.getByLabel("Gjelder tiltak").selectOption({ label: "Samhandlingsmodell som helhetlig pasientforløp" });
  await page.getByRole("button", { name: "Registrer vedtaket" }).click();
  const decision = page.getByRole("row").filter({ hasText: "Pasientforløpet legges fram" });
  await expect(decision).toContainText("Tiltak: Samhandlingsmodell som helhetlig pasientforløp");

  await page.getByRole("link", { name: "Tilbake til styring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Styring", exact: true })).toBeVisible();
  const followUp = page.getByRole("row").filter({ hasText: "Pasientforløpet legges fram" });
  await expect(followUp).toContainText("Forfalt");
  await followUp.getByLabel(/^Status for/).selectOption({ label: "Fullført" });
  await followUp.getByRole("button", { name: "Oppdater" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Pasientforløpet legges fram" })).toHaveCount(0);
});

test("the project leader writes and sends the 2009–2012 report; the sent version is frozen, printable and downloadable", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/rapporter`);
  await page.getByLabel("Tittel").fill("Statusrapport 2009–2012");
  await page.getByLabel("Periode fra").fill("2009-01-01");
  await page.getByLabel("Periode til").fill("2012-12-31");
  await page.getByRole("button", { name: "Lag rapporten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statusrapport 2009–2012" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Besøksrunde til alle de 16 kommunene" })).toContainText("Forankre og organisere forbedringsarbeidet");
  await expect(page.getByText("Ingen aktiviteter er registrert i steget Kontrollere i perioden.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Prosjektets tekst: Sammendrag").fill("Prosjektet har kartlagt, forankret og prøvd ut de første tiltakene.");
  await page.getByRole("button", { name: "Lagre og marker som sendt" }).click();
  await page.getByRole("dialog", { name: "Lagre tekstene og markere rapporten som sendt?" }).getByRole("button", { name: "Marker som sendt" }).click();
  await expect(page.getByText("Rapporten er sendt og låst.")).toBeVisible();
  await expect(page.getByLabel("Prosjektets tekst: Sammendrag")).toHaveCount(0);
  await expect(page.getByText("Prosjektet har kartlagt, forankret og prøvd ut de første tiltakene.")).toBeVisible();

  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const reportUrl = new URL(page.url()).pathname;
  const refused = await page.request.post(reportUrl, { form: { csrf, intent: "lagre", version: "99", "text.sammendrag": "Endret i ettertid" } });
  expect(refused.status()).toBe(409);

  // The Word file is made as a job: its page shows progress, survives a reload, and offers the file.
  await page.getByRole("button", { name: "Lag Word-fil av versjon 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Word-fil: .*versjon 1/ })).toBeVisible();
  await expectAccessible(page);
  const jobUrl = page.url();
  await expect(page.getByText("Ferdig.", { exact: true })).toBeVisible();
  await page.reload();
  expect(page.url()).toBe(jobUrl);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Last ned .*\.docx$/ }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  await expectAccessible(page);
  await page.goto(reportUrl);

  await page.getByRole("link", { name: "Utskrift", exact: true }).click();
  await expect(page.getByText("Sendt versjon 1, slik den ble låst.")).toBeVisible();
  await expect(page.getByText("Prosjektet har kartlagt, forankret og prøvd ut de første tiltakene.")).toBeVisible();
  await expect(page.getByText("Endret i ettertid")).toHaveCount(0);
  // Other journeys may add goals without status; these three need the finished, evaluated model.
  for (const criterion of [
    "2. Hvordan tilskuddet har gjort tjenestene bedre for målgruppen",
    "3. Brukernes erfaringer med modellen målt mot målene",
    "6. Hvordan modellen har fått samarbeidsavtalen til å virke bedre i praksis",
  ]) {
    await expect(page.locator("section", { has: page.getByRole("heading", { name: criterion }) })).toContainText("Kan ikke besvares ennå:");
  }
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "5. Hvordan modellen bygger på eksisterende samarbeidsavtaler" }) })).not.toContainText("Kan ikke besvares");
  await expectAccessible(page);
});

test("the overview and the dashboard judge the ended project as of its end date, say so, and take another day", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}`);
  await expect(page.getByText("Status per 31.12.2013 (prosjektets sluttdato; prosjektet er avsluttet).")).toBeVisible();
  await page.getByLabel("Status per").fill("2010-06-30");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/\?dato=2010-06-30$/);
  await expect(page.getByText("Status per 30.06.2010 (valgt dato).")).toBeVisible();
  // By then one conference had been held, with three inputs, all followed up.
  await expect(page.getByRole("link", { name: /innspill fra dialogkonferansene/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "0 av 3 innspill fra dialogkonferansene" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/prosjekter/${id}/styring?dato=2012-12-31`);
  await expect(page.getByText("Status per 31.12.2012 (valgt dato).")).toBeVisible();
  await expect(page.getByRole("link", { name: "ingen signert revisjon" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Ikke klar for drift per 31\.12\.2012/ })).toBeVisible();
  await expectAccessible(page);
});
