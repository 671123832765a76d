import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, PAKKEFORLOP } from "./fixtures";

test("the administrator creates a user, gives them a role in a project, and disabling ends their session", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, "admin@trinnvis.test");
  await admin.getByRole("link", { name: "Administrasjon" }).click();
  await expectAccessible(admin);

  await admin.getByRole("link", { name: "Brukere" }).click();
  const newUser = admin.locator("form", { has: admin.getByRole("button", { name: "Opprett bruker" }) });
  await admin.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(admin.getByText("Navn må fylles ut").last()).toBeVisible();
  await admin.getByLabel("Navn").fill("Ny Medarbeider");
  await newUser.getByLabel("E-post").fill("prosjektleder@trinnvis.test");
  await admin.getByLabel("Passord").fill("kort");
  await admin.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(admin.getByText("Passordet må ha minst 12 tegn").last()).toBeVisible();
  await admin.getByLabel("Passord").fill("et-langt-passord-1");
  await admin.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(admin.getByText("Det finnes allerede en bruker med denne e-postadressen").last()).toBeVisible();
  await expectAccessible(admin);
  await newUser.getByLabel("E-post").fill("ny.medarbeider@trinnvis.test");
  await admin.getByLabel("Passord").fill("et-langt-passord-1");
  await admin.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(admin.getByRole("link", { name: "Ny Medarbeider" })).toBeVisible();

  await admin.goto("/admin/medlemskap");
  await admin.getByLabel("Prosjekt", { exact: true }).selectOption({ label: PAKKEFORLOP });
  await admin.getByLabel("Person").selectOption({ label: "Ny Medarbeider (ny.medarbeider@trinnvis.test)" });
  await admin.getByLabel("Rolle").selectOption({ label: "Prosjektmedarbeider" });
  await admin.getByRole("button", { name: "Lagre medlemskap" }).click();
  await expect(admin.getByText("Medlemskapet er lagret.")).toBeVisible();
  await expectAccessible(admin);

  const member = await (await browser.newContext()).newPage();
  await member.goto("/logg-inn");
  await member.getByLabel("E-post").fill("ny.medarbeider@trinnvis.test");
  await member.getByLabel("Passord").fill("et-langt-passord-1");
  await member.getByRole("button", { name: "Logg inn" }).click();
  await expect(member.getByRole("link", { name: PAKKEFORLOP })).toBeVisible();
  await expect(member.getByRole("link", { name: HELT })).toHaveCount(0);

  await admin.goto("/admin/brukere");
  await admin.getByRole("link", { name: "Ny Medarbeider" }).click();
  await admin.getByRole("button", { name: "Deaktiver brukeren" }).click();
  await admin.getByRole("dialog", { name: "Deaktivere Ny Medarbeider?" }).getByRole("button", { name: "Deaktiver brukeren" }).click();
  await expect(admin.getByText("Brukeren er deaktivert og logget ut overalt.")).toBeVisible();
  await expectAccessible(admin);

  await member.reload();
  await expect(member).toHaveURL(/\/logg-inn/);
});

test("non-administrators do not see the admin pages", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  await expect(page.getByRole("link", { name: "Administrasjon" })).toHaveCount(0);
  const response = await page.goto("/admin/brukere");
  expect(response?.status()).toBe(404);
});

test("the administrator imports an exported project; a broken file saves nothing", async ({ page, browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await logIn(leader, "prosjektleder2@trinnvis.test");
  const href = await leader.getByRole("link", { name: PAKKEFORLOP }).getAttribute("href");
  const exported = await (await leader.request.get(`${href}/eksport.json`)).json();

  await logIn(page, "admin@trinnvis.test");
  await page.goto("/admin/import");
  await expectAccessible(page);
  const broken = structuredClone(exported);
  broken.tables.activities[1].startDate = "31.02.2019";
  await page.getByLabel("Eksportfil").setInputFiles({ name: "ødelagt.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByRole("alert")).toContainText("activities rad 2, felt startDate: må være en dato (ÅÅÅÅ-MM-DD) som finnes");
  await expectAccessible(page);

  await page.goto("/admin/medlemskap");
  const projectOptions = await page.getByLabel("Prosjekt", { exact: true }).locator("option").allTextContents();
  expect(projectOptions.filter((o) => o === PAKKEFORLOP)).toHaveLength(1);

  // Under another name, so the other journeys still find exactly one project with the demo's name.
  const copy = { ...exported, project: { ...exported.project, name: "Importert kopi" } };
  await page.goto("/admin/import");
  await page.getByLabel("Eksportfil").setInputFiles({ name: "prosjekt.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(copy)) });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("Prosjektet er importert.")).toBeVisible();
  await page.goto("/admin/medlemskap");
  const after = await page.getByLabel("Prosjekt", { exact: true }).locator("option").allTextContents();
  expect(after.filter((o) => o === "Importert kopi")).toHaveLength(1);
});
