import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test("a project leader registers a conference with two inputs and links one input to a new tiltak", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/konferanser`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Registrer konferanse" }).click();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Registrer konferansen" }).click();
  await expect(page.getByText("Tittel må fylles ut").last()).toBeVisible();
  await expect(page.getByText("Dato må fylles ut").last()).toBeVisible();
  await page.getByLabel("Tittel").fill("Dialogkonferanse om pasientforløpet");
  await page.getByLabel("Dato", { exact: true }).fill("2013-03-12");
  await page.getByLabel("Sted").fill("Namsos");
  await page.getByLabel("Region").selectOption("Midtre Namdal");
  await page.getByText("Kommune", { exact: true }).click();
  await page.getByRole("spinbutton", { name: "Namsos kommune" }).fill("7");
  await page.getByRole("spinbutton", { name: "Overhalla kommune" }).fill("-2");
  await page.getByRole("button", { name: "Registrer konferansen" }).click();
  await expect(page.getByText("Antallet kan ikke være negativt").last()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("spinbutton", { name: "Overhalla kommune" }).fill("3");
  await page.getByRole("button", { name: "Registrer konferansen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Dialogkonferanse om pasientforløpet" })).toBeVisible();
  await expect(page.getByRole("row", { name: "Til sammen 10" })).toBeVisible();

  for (const text of ["Brukerne må være med og beskrive forløpet", "Fastlegene må få vite om det nye forløpet"]) {
    await page.getByRole("textbox", { name: "Innspill", exact: true }).fill(text);
    await page.getByRole("button", { name: "Legg til innspill" }).click();
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByText("2 innspill, 2 uten oppfølging.")).toBeVisible();
  await expectAccessible(page);

  const card = page.getByRole("listitem").filter({ hasText: "Fastlegene må få vite om det nye forløpet" });
  await card.getByText("Registrer oppfølging").click();
  await card.getByLabel("Oppfølging").selectOption({ label: "Tatt inn i et tiltak" });
  await card.getByRole("button", { name: "Lagre oppfølging" }).click();
  await expect(card.getByText("Velg tiltaket innspillet er tatt inn i").last()).toBeVisible();
  await card.getByLabel("Tiltak", { exact: true }).selectOption({ label: "Opprett et nytt tiltak fra innspillet" });
  await card.getByLabel("Tittel på nytt tiltak").fill("Informasjon til fastlegene om forløpet");
  await card.getByRole("button", { name: "Lagre oppfølging" }).click();

  await expect(page.getByText("2 innspill, 1 uten oppfølging.")).toBeVisible();
  const linked = page.getByRole("listitem").filter({ hasText: "Fastlegene må få vite om det nye forløpet" });
  await expect(linked.getByRole("link", { name: "Informasjon til fastlegene om forløpet" })).toBeVisible();
  await expectAccessible(page);

  const rejected = page.getByRole("listitem").filter({ hasText: "Brukerne må være med og beskrive forløpet" });
  await rejected.getByText("Registrer oppfølging").click();
  await rejected.getByLabel("Oppfølging").selectOption({ label: "Avvist" });
  await rejected.getByRole("button", { name: "Lagre oppfølging" }).click();
  await expect(rejected.getByText("Skriv hvorfor innspillet er avvist").last()).toBeVisible();
  await expectAccessible(page);
});

test("a steering-group member reads conferences but gets no edit controls and a refused POST", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/konferanser`);
  await expect(page.getByRole("link", { name: "Registrer konferanse" })).toHaveCount(0);
  await page.getByRole("link", { name: "Dialogkonferanse Ytre Namdal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dialogkonferanse Ytre Namdal" })).toBeVisible();
  await expect(page.getByText("Brukerstyrte senger bør vurderes i regionen.")).toBeVisible();
  // Only the header's own buttons (search, log out): nothing to change on the page.
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  await expect(page.getByText("Registrer oppfølging")).toHaveCount(0);
  await expectAccessible(page);

  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const response = await page.request.post(page.url(), { form: { csrf, intent: "innspill", text: "Fra styringsgruppen" } });
  expect(response.status()).toBe(403);
  const newPage = await page.goto(`/prosjekter/${id}/konferanser/ny`);
  expect(newPage?.status()).toBe(403);
  await page.goto(`/prosjekter/${id}/aktiviteter`);
  await expect(page.getByRole("link", { name: "Registrer aktivitet" })).toHaveCount(0);
  await page.getByRole("link", { name: "Besøksrunde i helseforetaket" }).click();
  await expect(page.getByRole("button", { name: "Lagre endringene" })).toHaveCount(0);
});
