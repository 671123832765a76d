import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test("a project leader registers, edits and filters activities", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/aktiviteter`);
  await expect(page.getByRole("heading", { level: 1, name: "Aktiviteter" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Registrer aktivitet" }).click();
  await expectAccessible(page);
  await page.getByLabel("Dato", { exact: true }).fill("2012-11-20");
  await page.getByLabel("Sluttdato").fill("2012-11-01");
  await page.getByLabel("Lenke til dokumentasjon").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();
  await expect(page.getByText("Tittel må fylles ut").last()).toBeVisible();
  await expect(page.getByText("Sluttdato kan ikke være før dato").last()).toBeVisible();
  await expect(page.getByText("Velg type aktivitet").last()).toBeVisible();
  await expect(page.getByText("Lenke til dokumentasjon må være en nettadresse som begynner med https://").last()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Tittel").fill("Personalmøte om selvhjelpsplanen i Grong");
  await page.getByLabel("Sluttdato").fill("");
  await page.getByLabel("Lenke til dokumentasjon").fill("https://eksempel.no/referat");
  await page.getByLabel("Type").selectOption({ label: "Personalmøte" });
  await page.getByLabel("Steg og tema").selectOption({ label: "Iverksette ny praksis" });
  await page.getByRole("checkbox", { name: "Medarbeidere" }).check();
  await page.getByRole("checkbox", { name: "Ledere: Førstelinjeleder (avdeling, enhet)" }).check();
  await page.getByText("Kommune: Indre Namdal").click();
  await page.getByRole("checkbox", { name: "Grong kommune" }).check();
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Personalmøte om selvhjelpsplanen i Grong" })).toBeVisible();
  // The redirect after saving carries its message: announced, focused, and gone on reload.
  const registered = page.getByRole("status").filter({ hasText: "Aktiviteten er registrert." });
  await expect(registered).toBeVisible();
  await expect(registered).toBeFocused();
  await expect(page.getByText("3. Utføre: Iverksette ny praksis")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Grong kommune$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Beskrivelse").fill("Gjennomgang av planen med alle ansatte.");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Gjennomgang av planen med alle ansatte.").first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Endringene er lagret." })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Personalmøte om selvhjelpsplanen i Grong" })).toBeVisible();
  await expect(page.getByText("Endringene er lagret.")).toHaveCount(0);

  await page.goto(`/prosjekter/${id}/aktiviteter?type=personalmote`);
  await expect(page.getByRole("link", { name: "Personalmøte om selvhjelpsplanen i Grong" })).toBeVisible();
  await expect(page.getByText("1 aktivitet.")).toBeVisible();
  await page.getByRole("navigation", { name: "Visning" }).getByRole("link", { name: "Tidslinje" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2012" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tidslinje" })).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/type=personalmote/);
  await expectAccessible(page);
});

test("two people edit the same activity: the second save is refused and the stored version shown", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await logIn(first, "prosjektleder@trinnvis.test");
  await logIn(second, "medarbeider@trinnvis.test");
  const id = await projectIdFromList(first, HELT);
  await first.goto(`/prosjekter/${id}/aktiviteter?type=nettside`);
  await first.getByRole("link", { name: "Nettside for prosjektet opprettet" }).click();
  await expect(first).toHaveURL(/\/aktiviteter\/\d+$/);
  await second.goto(first.url());

  await first.getByLabel("Tittel").fill("Nettside opprettet (rettet av leder)");
  await first.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Nettside opprettet (rettet av leder)" })).toBeVisible();

  await second.getByLabel("Tittel").fill("Nettside opprettet (rettet av medarbeider)");
  await second.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(second.getByText(/Noen andre har lagret endringer/)).toBeVisible();
  await expect(second.getByRole("heading", { name: "Lagret versjon" })).toBeVisible();
  await expect(second.getByLabel("Tittel")).toHaveValue("Nettside opprettet (rettet av medarbeider)");
  await expectAccessible(second);
  await first.reload();
  await expect(first.getByRole("heading", { level: 1, name: "Nettside opprettet (rettet av leder)" })).toBeVisible();
});

test("the anchoring coverage shows who was reached, marks the gaps, and downloads as a spreadsheet", async ({ page }) => {
  await logIn(page, "styringsgruppe@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/forankring`);
  await expect(page.getByText("Ledere nådd: 16 av 16 kommuner")).toBeVisible();
  const grong = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Grong kommune" }) });
  await expect(grong.getByRole("cell").nth(3)).toHaveText("Ikke nådd");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som regneark (.xlsx)" }).click();
  expect((await download).suggestedFilename()).toBe(`forankring-prosjekt-${id}.xlsx`);
});

test("a search over more than a page, and page 2 reached with the keyboard", async ({ page }) => {
  await logIn(page, "medarbeider@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/aktiviteter`);
  // "en" is in more than 25 of the demo activities' titles and descriptions.
  await page.getByRole("main").getByLabel("Søk", { exact: true }).fill("EN");
  await page.getByRole("main").getByLabel("Søk", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/sok=EN/);
  await expect(page.getByText(/^Viser 1–25 av \d+ aktiviteter, nyeste først \(side 1 av 2\)\.$/)).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Sider med aktiviteter" });
  await expect(pages.getByRole("link", { name: "Side 1" })).toHaveAttribute("aria-current", "page");

  // Tab from the search field until "Side 2" has focus, then follow it with Enter.
  await page.getByRole("main").getByLabel("Søk", { exact: true }).focus();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) === "Side 2") break;
  }
  await expect(pages.getByRole("link", { name: "Side 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/side=2/);
  await expect(page).toHaveURL(/sok=EN/);
  await expect(page.getByText(/^Viser 26–\d+ av \d+ aktiviteter/)).toBeVisible();
  await expect(pages.getByRole("link", { name: "Side 2" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").getByLabel("Søk", { exact: true })).toHaveValue("EN");
  await expectAccessible(page);

  // A new filter starts on page 1 again.
  await page.getByLabel("Type").selectOption({ label: "Personalmøte" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).not.toHaveURL(/side=/);
  await expect(page).toHaveURL(/sok=EN/);
});
