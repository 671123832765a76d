import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

/** Today as the app counts it: the day in Norwegian time, dd.mm.yyyy. */
const todayInOslo = () => new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

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
  await expect(goal5.getByText("Dato for vurderingen må fylles ut").last()).toBeVisible();
  await expect(goal5.locator(".ds-validation-message", { hasText: "Velg status" })).toBeVisible();
  await expectAccessible(page);
  await goal5.getByLabel("Dato for vurderingen").fill("2013-02-28");
  await goal5.getByLabel("Status", { exact: true }).selectOption({ label: "Pågår" });
  await goal5.getByLabel("Kommentar").fill("Introduksjonsprogrammet er under planlegging.");
  await goal5.getByRole("button", { name: "Registrer vurdering" }).click();
  await expect(goal5.getByRole("status")).toContainText("Vurderingen 28.02.2013 er registrert.");
  await expect(goal5.getByRole("row").nth(1)).toContainText("28.02.2013");
  await expect(goal5.getByRole("row").nth(1)).toContainText("Introduksjonsprogrammet er under planlegging.");

  // An evaluation entered afterwards, dated before the latest, needs a reason, which the history shows.
  await goal5.getByLabel("Dato for vurderingen").fill("2012-10-01");
  await goal5.getByLabel("Status", { exact: true }).selectOption({ label: "Ikke startet" });
  await goal5.getByRole("button", { name: "Registrer vurdering" }).click();
  await expect(goal5.locator(".ds-validation-message", { hasText: "Datoen er før forrige endring. Skriv en begrunnelse." })).toBeVisible();
  await expect(goal5.locator(".ds-validation-message", { hasText: "Skriv hvorfor vurderingen dateres før målets siste vurdering" })).toBeVisible();
  await expectAccessible(page);
  await goal5.getByLabel("Begrunnelse").fill("Ført inn fra styringsgruppens referat");
  await goal5.getByRole("button", { name: "Registrer vurdering" }).click();
  await expect(goal5.getByRole("status")).toContainText("Vurderingen 01.10.2012 er registrert.");
  await expect(goal5.getByRole("row").filter({ hasText: "01.10.2012" })).toContainText("Ført inn fra styringsgruppens referat");

  await page.getByRole("textbox", { name: "Nytt delmål" }).fill("Brukerne er med og beskriver pasientforløpet");
  await page.getByRole("button", { name: "Legg til delmål" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Delmål 7: Brukerne er med og beskriver pasientforløpet" })).toBeVisible();
});

test("a tiltak entered afterwards goes through its statuses with dates, a hearing, standardisation and an evaluation", async ({ page }) => {
  // A whole life of a tiltak, with an accessibility check at each kind of message: more than the default 30 seconds.
  test.slow();
  const registered = `registrert ${todayInOslo()}`;
  await logIn(page, "medarbeider@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/tiltak`);
  await expect(page.getByRole("heading", { level: 2, name: "Standardisert (2)" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nytt tiltak" }).click();
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByText("Tittel må fylles ut").last()).toBeVisible();
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
  await page.getByLabel("Planlagt evaluering").fill("2013-01-01");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByText("Planlagt evaluering kan ikke være før startdato").last()).toBeVisible();
  await expect(page.getByText("Idé registrert kan ikke være etter startdato").last()).toBeVisible();
  await page.getByLabel("Planlagt evaluering").fill("2014-03-01");
  await page.getByLabel("Idé registrert").fill("2013-01-15");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Felles kriseteam-telefon" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Avtale 5: Utskrivningsklare pasienter" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "01.03.2014 (planlagt)" })).toBeVisible();
  const history = page.getByRole("table", { name: "Alle statusendringer" });
  await expect(history.getByRole("row").nth(1)).toContainText("15.01.2013");
  await expect(history.getByRole("row").nth(1)).toContainText(registered);

  await page.getByLabel("Ny status").selectOption({ label: "Planlagt" });
  await expect(page.getByLabel("Gjelder fra")).toHaveValue(todayInOslo());
  await page.getByLabel("Gjelder fra").fill("2013-02-01");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("status")).toContainText("Statusen er endret til «Planlagt» fra 01.02.2013.");
  await expect(page.getByRole("definition").filter({ hasText: /^Planlagt$/ })).toBeVisible();
  await expect(history.getByRole("row").nth(1)).toContainText("01.02.2013");

  // Dated before the previous change: the date says so, and a reason is asked for.
  await page.getByLabel("Ny status").selectOption({ label: "Utprøving" });
  await page.getByLabel("Gjelder fra").fill("2013-01-20");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.locator(".ds-validation-message", { hasText: "Datoen er før forrige endring. Skriv en begrunnelse." })).toBeVisible();
  await expect(page.getByText("Skriv hvorfor endringen gjelder fra før forrige endring (01.02.2013)").last()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Gjelder fra").fill("2013-03-01");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("status")).toContainText("Statusen er endret til «Utprøving» fra 01.03.2013.");
  await expect(page.getByLabel("Begrunnelse", { exact: true })).toHaveValue("");

  // Sending it on hearing moves it to «På høring» from the day it was sent.
  await page.getByLabel("Sendt").fill("2013-04-02");
  await page.getByRole("button", { name: "Registrer høringen" }).click();
  await expect(page.getByRole("status")).toContainText("Høringen sendt 02.04.2013 er registrert. Tiltaket er nå «På høring» fra 02.04.2013.");
  await expect(page.getByRole("heading", { level: 3, name: "Høring sendt 02.04.2013" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^På høring$/ })).toBeVisible();
  await expect(history.getByRole("row").nth(1)).toContainText("Sendt på høring");
  await page.locator("summary", { hasText: "Registrer svar" }).click();
  await page.getByLabel("Organisasjon", { exact: true }).first().selectOption({ label: "Vikna kommune" });
  await page.getByLabel("Svar", { exact: true }).fill("Støtter tiltaket.");
  await page.getByRole("button", { name: "Registrer svaret" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Vikna kommune" }).first()).toContainText("Støtter tiltaket.");

  await page.getByLabel("Ny status").selectOption({ label: "Standardisert" });
  await page.getByLabel("Gjelder fra").fill("2013-06-01");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Standardisert$/ })).toBeVisible();
  const standardForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Registrer standardisering" }) });
  await standardForm.getByLabel("Organisasjon").selectOption({ label: "DPS Kolvereid" });
  await standardForm.getByLabel("Type dokument").selectOption({ label: "Rutine" });
  await standardForm.getByLabel("Hvor praksisen er skrevet ned").fill("Rutine 4.2 i kvalitetssystemet");
  await standardForm.getByLabel("I bruk fra").fill("2013-06-03");
  await page.getByRole("button", { name: "Registrer standardisering" }).click();
  const standardisation = page.getByRole("table", { name: "Standardisering per organisasjon" });
  await expect(standardisation.getByRole("row").filter({ hasText: "DPS Kolvereid" })).toContainText("Rutine 4.2 i kvalitetssystemet");
  await expect(standardisation.getByRole("row").filter({ hasText: "DPS Kolvereid" })).toContainText("03.06.2013");
  await expect(standardisation.getByRole("row").filter({ hasText: "Vikna kommune" })).toContainText("Ikke registrert");

  // The evaluation: the next one follows its date a year on, and the first makes the tiltak «Evaluert».
  const evaluationForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Registrer evalueringen" }) });
  await expect(page.getByText("Tiltaket er ikke evaluert ennå.")).toBeVisible();
  await evaluationForm.getByLabel("Dato for evalueringen").fill("2014-03-01");
  await expect(evaluationForm.getByLabel("Neste evaluering")).toHaveValue("01.03.2015");
  await evaluationForm.getByLabel("Metode").selectOption({ label: "Målinger" });
  await evaluationForm.getByLabel("Beslutning").selectOption({ label: "Fortsette som nå" });
  await evaluationForm.getByRole("button", { name: "Registrer evalueringen" }).click();
  await expect(evaluationForm.locator(".ds-validation-message", { hasText: "Resultat må fylles ut" })).toBeVisible();
  await expectAccessible(page);
  await evaluationForm.getByLabel("Resultat").fill("Ventetiden på kriseteamet er halvert; ingen avvik meldt.");
  await evaluationForm.getByRole("button", { name: "Registrer evalueringen" }).click();
  await expect(page.getByRole("status")).toContainText("Evalueringen 01.03.2014 er registrert. Tiltaket er nå «Evaluert» fra 01.03.2014.");
  const evaluations = page.getByRole("table", { name: "Alle evalueringer av tiltaket" });
  const evaluated = evaluations.getByRole("row").nth(1);
  for (const text of ["01.03.2014", registered, "Målinger", "Ventetiden på kriseteamet er halvert", "Fortsette som nå", "01.03.2015"]) await expect(evaluated).toContainText(text);
  await expect(page.getByRole("definition").filter({ hasText: /^Evaluert$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "01.03.2015 (satt ved evalueringen 01.03.2014)" })).toBeVisible();
  await expect(history.getByRole("row").nth(1)).toContainText("01.03.2014");
  await expectAccessible(page);

  await page.getByLabel("Ny status").selectOption({ label: "Utprøving" });
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByText("Skriv hvorfor tiltaket flyttes tilbake").last()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Alle tiltak" }).click();
  await expect(page.getByRole("table", { name: "Tiltak med status evaluert" }).getByRole("row").filter({ hasText: "Felles kriseteam-telefon" })).toContainText("01.03.2015");
});
