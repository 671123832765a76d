import { expect, type Page } from "@playwright/test";
import { HELT, logIn, projectIdFromList } from "./fixtures";

// Every page route (not files, not actions-only), the role that opens it and its address; "resource"
// for routes that are not pages (or are checked elsewhere). every-page-accessible.spec.ts holds the
// list against app/routes and checks every page in it.
export const PAGES: Record<string, { path: string; as: string } | "resource"> = {
  _index: { path: "/", as: "prosjektleder" },
  "logg-inn": "resource", // checked logged out in accessibility.spec.ts and roles-see-overview.spec.ts
  "logg-ut": "resource",
  okt: "resource",
  healthz: "resource",
  tilgjengelighet: { path: "/tilgjengelighet", as: "prosjektleder" },
  "jobber.$jobId._index": { path: "/jobber/:jobId", as: "prosjektleder" },
  "jobber.$jobId.fil": "resource",
  "prosjekter._index": { path: "/prosjekter", as: "prosjektleder" },
  "prosjekter.ny": { path: "/prosjekter/ny", as: "prosjektleder" },
  "invitasjon.$token": "resource", // checked with live links in project-setup.spec.ts
  "glemt-passord": "resource", // checked logged out in project-setup.spec.ts
  "nytt-passord.$token": "resource", // checked with a live link in project-setup.spec.ts
  portefolje: { path: "/portefolje", as: "radgiver" },
  "admin._index": { path: "/admin", as: "admin" },
  "admin.brukere._index": { path: "/admin/brukere", as: "admin" },
  "admin.brukere.$userId": { path: "/admin/brukere/:userId", as: "admin" },
  "admin.import": { path: "/admin/import", as: "admin" },
  "admin.logg": { path: "/admin/logg", as: "admin" },
  "admin.medlemskap": { path: "/admin/medlemskap", as: "admin" },
  "admin.organisasjoner": { path: "/admin/organisasjoner", as: "admin" },
  "prosjekter.$projectId": "resource", // the layout, seen on every project page
  "prosjekter.$projectId._index": { path: "/prosjekter/:projectId", as: "prosjektleder" },
  "prosjekter.$projectId.steg": { path: "/prosjekter/:projectId/steg", as: "styringsgruppe" },
  "prosjekter.$projectId.innstillinger": { path: "/prosjekter/:projectId/innstillinger", as: "prosjektleder" },
  "prosjekter.$projectId.organisasjoner": { path: "/prosjekter/:projectId/organisasjoner", as: "prosjektleder" },
  "prosjekter.$projectId.organisering": { path: "/prosjekter/:projectId/organisering", as: "prosjektleder" },
  "prosjekter.$projectId.personer": { path: "/prosjekter/:projectId/personer", as: "prosjektleder" },
  "prosjekter.$projectId.eksport[.]json": "resource",
  "prosjekter.$projectId.aktiviteter._index": { path: "/prosjekter/:projectId/aktiviteter", as: "prosjektleder" },
  "prosjekter.$projectId.aktiviteter.ny": { path: "/prosjekter/:projectId/aktiviteter/ny", as: "prosjektleder" },
  "prosjekter.$projectId.aktiviteter.$activityId": { path: "/prosjekter/:projectId/aktiviteter/:activityId", as: "prosjektleder" },
  "prosjekter.$projectId.forankring._index": { path: "/prosjekter/:projectId/forankring", as: "styringsgruppe" },
  "prosjekter.$projectId.forankring[.]xlsx": "resource",
  "prosjekter.$projectId.konferanser._index": { path: "/prosjekter/:projectId/konferanser", as: "prosjektleder" },
  "prosjekter.$projectId.konferanser.ny": { path: "/prosjekter/:projectId/konferanser/ny", as: "prosjektleder" },
  "prosjekter.$projectId.konferanser.$conferenceId": { path: "/prosjekter/:projectId/konferanser/:conferenceId", as: "prosjektleder" },
  "prosjekter.$projectId.mal": { path: "/prosjekter/:projectId/mal", as: "prosjektleder" },
  "prosjekter.$projectId.malinger._index": { path: "/prosjekter/:projectId/malinger", as: "prosjektleder" },
  "prosjekter.$projectId.malinger.ny": { path: "/prosjekter/:projectId/malinger/ny", as: "prosjektleder" },
  "prosjekter.$projectId.malinger.$measureId": { path: "/prosjekter/:projectId/malinger/:measureId", as: "prosjektleder" },
  "prosjekter.$projectId.malinger.$measureId_.data": { path: "/prosjekter/:projectId/malinger/:measureId/data", as: "prosjektleder" },
  "prosjekter.$projectId.malinger.$measureId_.endre": { path: "/prosjekter/:projectId/malinger/:measureId/endre", as: "prosjektleder" },
  "prosjekter.$projectId.malinger.$measureId.data[.]csv": "resource",
  "prosjekter.$projectId.malinger.$measureId.data[.]xlsx": "resource",
  "prosjekter.$projectId.tiltak._index": { path: "/prosjekter/:projectId/tiltak", as: "prosjektleder" },
  "prosjekter.$projectId.tiltak.ny": { path: "/prosjekter/:projectId/tiltak/ny", as: "prosjektleder" },
  "prosjekter.$projectId.tiltak.$tiltakId": { path: "/prosjekter/:projectId/tiltak/:tiltakId", as: "prosjektleder" },
  "prosjekter.$projectId.barekraft._index": { path: "/prosjekter/:projectId/barekraft", as: "radgiver" },
  "prosjekter.$projectId.barekraft.$roundId": { path: "/prosjekter/:projectId/barekraft/:roundId", as: "radgiver" },
  "prosjekter.$projectId.klar-for-drift": { path: "/prosjekter/:projectId/klar-for-drift", as: "prosjektleder" },
  "prosjekter.$projectId.logg": { path: "/prosjekter/:projectId/logg", as: "radgiver" },
  "prosjekter.$projectId.styring._index": { path: "/prosjekter/:projectId/styring", as: "styringsgruppe" },
  "prosjekter.$projectId.styring.moter.$meetingId": { path: "/prosjekter/:projectId/styring/moter/:meetingId", as: "styringsgruppe" },
  "prosjekter.$projectId.rapporter._index": { path: "/prosjekter/:projectId/rapporter", as: "prosjektleder" },
  "prosjekter.$projectId.rapporter.$reportId._index": { path: "/prosjekter/:projectId/rapporter/:reportId", as: "prosjektleder" },
  "prosjekter.$projectId.rapporter.$reportId.utskrift": { path: "/prosjekter/:projectId/rapporter/:reportId/utskrift", as: "prosjektleder" },
};

/** The id in the first link under `listPath` that matches `pattern`. */
async function firstId(page: Page, listPath: string, pattern: RegExp) {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const match = hrefs.map((h) => pattern.exec(h)).find(Boolean);
  expect(match, `en lenke som passer ${pattern} på ${listPath}`).toBeTruthy();
  return match![1];
}

const USERS: Record<string, string> = {
  prosjektleder: "prosjektleder@trinnvis.test",
  styringsgruppe: "styringsgruppe@trinnvis.test",
  radgiver: "radgiver@trinnvis.test",
  admin: "admin@trinnvis.test",
};

/** The number of pages visitForEveryPage opens. */
export const PAGE_COUNT = Object.values(PAGES).filter((v) => v !== "resource").length;

/**
 * Logs in as the project leader, finds (or makes) one record of each kind in «Helt», then opens every
 * page in PAGES as its role (logging in once per change of role) and calls `check` on it.
 */
export async function visitEveryPage(page: Page, check: (name: string, url: string) => Promise<void>) {
  await logIn(page, USERS.prosjektleder);
  const projectId = await projectIdFromList(page, HELT);
  const p = `/prosjekter/${projectId}`;
  // Records to open; a report and a meeting are created here if the journeys have not made one yet.
  await page.goto(`${p}/rapporter`);
  if ((await page.locator("main table a").count()) === 0) {
    await page.getByLabel("Tittel").fill("Tilgjengelighetssjekk");
    await page.getByLabel("Periode fra").fill("2012-01-01");
    await page.getByLabel("Periode til").fill("2012-12-31");
    await page.getByRole("button", { name: "Lag rapporten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetssjekk" })).toBeVisible();
  }
  await page.goto(`${p}/styring`);
  if ((await page.locator('main a[href*="/styring/moter/"]').count()) === 0) {
    await page.locator("summary", { hasText: "Registrer et møte" }).click();
    await page.getByRole("button", { name: "Registrer møtet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Styringsgruppemøte/ })).toBeVisible();
  }
  const ids: Record<string, string> = {
    projectId,
    activityId: await firstId(page, `${p}/aktiviteter`, /\/aktiviteter\/(\d+)$/),
    conferenceId: await firstId(page, `${p}/konferanser`, /\/konferanser\/(\d+)$/),
    measureId: await firstId(page, `${p}/malinger`, /\/malinger\/(\d+)$/),
    tiltakId: await firstId(page, `${p}/tiltak`, /\/tiltak\/(\d+)$/),
    roundId: await firstId(page, `${p}/barekraft`, /\/barekraft\/(\d+)$/),
    reportId: await firstId(page, `${p}/rapporter`, /\/rapporter\/(\d+)$/),
    meetingId: await firstId(page, `${p}/styring`, /moter\/(\d+)$/),
  };
  // A job of the project leader's: a report made into a Word file.
  await page.goto(`${p}/rapporter/${ids.reportId}`);
  await page.getByRole("button", { name: "Lag Word-fil", exact: true }).click();
  await page.waitForURL(/\/jobber\/\d+$/);
  ids.jobId = page.url().match(/\/jobber\/(\d+)$/)![1];
  let current = "prosjektleder";
  for (const [name, target] of Object.entries(PAGES)) {
    if (target === "resource") continue;
    if (target.as !== current) {
      await page.context().clearCookies();
      await logIn(page, USERS[target.as]);
      current = target.as;
    }
    if (target.path.includes(":userId")) ids.userId = await firstId(page, "/admin/brukere", /\/admin\/brukere\/(\d+)$/);
    const url = target.path.replace(/:(\w+)/g, (_, key: string) => ids[key]);
    const response = await page.goto(url);
    expect(response?.status(), `${name}: ${url}`).toBeLessThan(400);
    await expect(page.locator("h1").first()).toBeVisible();
    await check(name, url);
  }
}
