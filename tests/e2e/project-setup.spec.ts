// A real installation from nothing: no demo data, the first administrator from the command line, and
// every person brought in by an e-mailed invitation read from a real SMTP server in this process.
import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { linkIn, startMailServer, type TestMailServer } from "../setup/mail-server";
import { expectAccessible } from "./fixtures";
import { FRESH_DATABASE, FRESH_URL, SMTP_PORT } from "./fresh-installation";

test.use({ baseURL: FRESH_URL });

const ADMIN = "ada.admin@kommune.test";
const LEADER = "lise.leder@namsos.kommune.test";
const MEMBER = "mats.medarbeider@grong.kommune.test";
const STEERING = "siri.styring@hnt.test";
const PASSWORD = "et langt og godt passord";

let mail: TestMailServer;

test.beforeAll(async () => {
  mail = await startMailServer(SMTP_PORT);
});

test.afterAll(async () => {
  await mail.close();
});

/** Every page the journey sees is checked with axe. */
async function seen(page: Page) {
  await expect(page.locator("h1").first()).toBeVisible();
  await expectAccessible(page);
}

async function logIn(page: Page, email: string) {
  await page.goto("/logg-inn?neste=/prosjekter");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname === "/prosjekter");
}

/** Opens an invitation link in a new browser and makes the account; returns the new person's page and the link. */
async function acceptInvitation(browser: Browser, email: string, name: string) {
  const link = linkIn(await mail.waitForMail(email), "/invitasjon/");
  const page = await (await browser.newContext({ baseURL: FRESH_URL })).newPage();
  await page.goto(link);
  await expect(page.getByText(`Lag en konto for ${email}`)).toBeVisible();
  await seen(page);
  await page.getByLabel("Navn").fill(name);
  await page.getByLabel("Passord", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Gjenta passordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Lag konto og bli med" }).click();
  return { page, link };
}

test("from an empty installation to a working project, with no help but the first administrator", async ({ page, browser }) => {
  test.setTimeout(240_000);

  // The operator makes the first administrator; the command prints a link to set the password.
  const output = execFileSync("npm", ["run", "--silent", "create-admin", "--", ADMIN, "Ada Admin"], {
    env: { ...process.env, DATABASE_PATH: FRESH_DATABASE, APP_URL: FRESH_URL },
    encoding: "utf8",
  });
  const setPassword = /https?:\/\/\S+\/nytt-passord\/\S+/.exec(output)?.[0];
  expect(setPassword, output).toBeTruthy();
  await page.goto(setPassword!);
  await seen(page);
  await page.getByLabel("Nytt passord").fill(PASSWORD);
  await page.getByLabel("Gjenta passordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page.getByText("Passordet er endret. Logg inn med det nye.")).toBeVisible();
  // A forgotten password gets a new single-use link by e-mail.
  await page.getByRole("link", { name: "Glemt passord?" }).click();
  await seen(page);
  await page.getByLabel("E-post").fill(ADMIN);
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByText(/Hvis adressen er registrert hos oss, har vi sendt en lenke/)).toBeVisible();
  expect(linkIn(await mail.waitForMail(ADMIN), "/nytt-passord/")).toContain(FRESH_URL);
  await logIn(page, ADMIN);

  // The administrator invites the project leader to the installation: no demo people, only the administrator.
  await page.goto("/admin/brukere");
  await seen(page);
  await expect(page.getByRole("table").first().getByRole("row")).toHaveCount(2);
  const inviteForm = page.locator("form", { has: page.getByRole("button", { name: "Send invitasjon", exact: true }) });
  await inviteForm.getByLabel("E-post").fill(LEADER);
  await inviteForm.getByRole("button", { name: "Send invitasjon", exact: true }).click();
  await expect(page.getByText(`Invitasjonen er sendt til ${LEADER}.`)).toBeVisible();

  // The leader accepts and starts the project.
  const { page: leader } = await acceptInvitation(browser, LEADER, "Lise Leder");
  await expect(leader).toHaveURL(/\/prosjekter$/);
  await expect(leader.getByText("Du er ikke med i noen prosjekter ennå. Start et nytt prosjekt")).toBeVisible();
  await seen(leader);
  await leader.getByRole("link", { name: "Nytt prosjekt" }).click();
  await seen(leader);
  await leader.getByRole("button", { name: "Opprett prosjektet" }).click();
  await expect(leader.getByText("Navn må fylles ut").last()).toBeVisible();
  await leader.getByLabel("Navn", { exact: true }).fill("Trygt hjem etter sykehus i Namdalen");
  await leader.getByLabel("Bakgrunn og formål").fill("Bedre overgangene fra sykehus til kommune for eldre med sammensatte behov.");
  await leader.getByLabel("Eier").fill("Samarbeidsutvalget i Namdalen");
  await leader.getByLabel("Startdato").fill("2026-01-05");
  await leader.getByRole("button", { name: "Opprett prosjektet" }).click();
  await expect(leader.getByRole("heading", { level: 1, name: "Trygt hjem etter sykehus i Namdalen" })).toBeVisible();
  await expect(leader.getByRole("heading", { name: "Kom i gang" })).toBeVisible();
  await seen(leader);
  const projectPath = new URL(leader.url()).pathname;

  // Three municipalities from the register in two regions, and a health trust.
  await leader.getByRole("link", { name: /Legg til organisasjonene/ }).click();
  await seen(leader);
  const pick = leader.locator("form", { has: leader.getByRole("button", { name: "Legg til", exact: true }) });
  for (const [name, region] of [["Snåsa kommune", "Indre Namdal"], ["Grong kommune", "Indre Namdal"], ["Namsos kommune", "Namdalen"], ["Helse Nord-Trøndelag HF", ""]]) {
    await pick.getByLabel("Organisasjon").selectOption({ label: name });
    await pick.getByLabel("Region").fill(region);
    await pick.getByRole("button", { name: "Legg til", exact: true }).click();
    await expect(leader.getByText(`${name} er lagt til i prosjektet.`)).toBeVisible();
  }
  // A wrong control digit is refused at the field, and nothing is added.
  const newOrganisation = leader.locator("form", { has: leader.getByRole("button", { name: "Legg til ny organisasjon" }) });
  await newOrganisation.getByLabel("Navn").fill("NAV Namsos");
  await newOrganisation.getByLabel("Nivå").selectOption({ label: "NAV" });
  await newOrganisation.getByLabel("Organisasjonsnummer").fill("974 760 674");
  await newOrganisation.getByRole("button", { name: "Legg til ny organisasjon" }).click();
  await expect(leader.getByText("Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke").last()).toBeVisible();
  await seen(leader);
  await expect(leader.getByRole("cell", { name: "Snåsa kommune", exact: true })).toBeVisible();
  await expect(leader.getByRole("cell", { name: "Helse Nord-Trøndelag HF", exact: true })).toBeVisible();

  // A phase, in the project's settings.
  await leader.goto(`${projectPath}/innstillinger`);
  await seen(leader);
  const phaseForm = leader.locator("form", { has: leader.getByRole("button", { name: "Legg til fasen" }) });
  await phaseForm.getByLabel("Navn på fasen").fill("Forprosjekt");
  await phaseForm.getByLabel("Startdato").fill("2026-01-05");
  await phaseForm.getByLabel("Sluttdato").fill("2026-06-30");
  await phaseForm.getByRole("button", { name: "Legg til fasen" }).click();
  await expect(leader.getByText("Fasen Forprosjekt er lagt til.")).toBeVisible();
  await expect(leader.getByRole("cell", { name: "Forprosjekt", exact: true })).toBeVisible();

  // People: a project member and a steering-group member, invited by e-mail.
  await leader.goto(`${projectPath}/personer`);
  await seen(leader);
  const invite = leader.locator("form", { has: leader.getByRole("button", { name: "Send invitasjon", exact: true }) });
  for (const [email, role, organisation] of [[MEMBER, "Prosjektmedarbeider", "Grong kommune"], [STEERING, "Styringsgruppe", "Helse Nord-Trøndelag HF"]]) {
    await invite.getByLabel("E-post").fill(email);
    await invite.getByLabel("Rolle").selectOption({ label: role });
    await invite.getByLabel("Organisasjon").selectOption({ label: organisation });
    await invite.getByRole("button", { name: "Send invitasjon", exact: true }).click();
    await expect(leader.getByText(`Invitasjonen er sendt til ${email}.`)).toBeVisible();
  }
  await expect(leader.getByRole("cell", { name: MEMBER, exact: true })).toBeVisible();
  await seen(leader);

  const { page: member, link: memberLink } = await acceptInvitation(browser, MEMBER, "Mats Medarbeider");
  await expect(member).toHaveURL(new RegExp(`${projectPath}$`));
  await expect(member.getByText("Prosjektmedarbeider", { exact: true }).first()).toBeVisible();
  const { page: steering } = await acceptInvitation(browser, STEERING, "Siri Styring");
  await expect(steering).toHaveURL(new RegExp(`${projectPath}$`));
  await seen(steering);
  // A used link is refused, and no invitation is left waiting.
  const used = await steering.goto(memberLink);
  expect(used?.status()).toBe(410);
  await expect(steering.getByText("Invitasjonen er allerede brukt.")).toBeVisible();
  await seen(steering);
  await leader.goto(`${projectPath}/personer`);
  await expect(leader.getByText("Ingen invitasjoner venter på svar.")).toBeVisible();

  // The member registers an activity reaching two of the municipalities.
  await member.goto(`${projectPath}/aktiviteter/ny`);
  await seen(member);
  await member.getByLabel("Tittel").fill("Oppstartsmøte med lederne i Snåsa og Namsos");
  await member.getByLabel("Dato", { exact: true }).fill("2026-02-10");
  await member.getByLabel("Type").selectOption({ label: "Oppstartsseminar" });
  await member.getByLabel("Steg og tema").selectOption({ label: "Forankre og organisere forbedringsarbeidet" });
  await member.getByRole("checkbox", { name: "Medarbeidere" }).check();
  await member.getByText("Kommune: Indre Namdal").click();
  await member.getByRole("checkbox", { name: "Snåsa kommune" }).check();
  await member.getByText("Kommune: Namdalen").click();
  await member.getByRole("checkbox", { name: "Namsos kommune" }).check();
  await member.getByRole("button", { name: "Registrer aktiviteten" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Oppstartsmøte med lederne i Snåsa og Namsos" })).toBeVisible();
  await seen(member);

  // The coverage view shows the two regions, and the third municipality as not reached.
  await member.goto(`${projectPath}/forankring`);
  await expect(member.getByRole("heading", { name: "Kommune: Indre Namdal" })).toBeVisible();
  await expect(member.getByRole("heading", { name: "Kommune: Namdalen" })).toBeVisible();
  const row = (name: string) => member.getByRole("row").filter({ has: member.getByRole("rowheader", { name }) });
  const grongCells = await row("Grong kommune").getByRole("cell").count();
  await expect(row("Grong kommune").getByRole("cell").filter({ hasText: "Ikke nådd" })).toHaveCount(grongCells);
  await expect(row("Snåsa kommune").getByRole("cell").filter({ hasText: "Ikke nådd" })).toHaveCount(grongCells - 1);
  await seen(member);

  // The leader removes the member, whose next request is refused.
  await leader.goto(`${projectPath}/personer`);
  await leader.getByRole("button", { name: "Fjern fra prosjektet: Mats Medarbeider" }).click();
  await leader.getByRole("dialog", { name: "Fjerne Mats Medarbeider fra prosjektet?" }).getByRole("button", { name: "Fjern" }).click();
  await expect(leader.getByText("Personen er fjernet fra prosjektet.")).toBeVisible();
  await seen(leader);
  const refused = await member.goto(projectPath);
  expect(refused?.status()).toBe(404);
  await member.goto("/prosjekter");
  await expect(member.getByText("Du er ikke med i noen prosjekter ennå.")).toBeVisible();
});
