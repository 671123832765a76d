import { expect, type Page } from "@playwright/test";
import { PAGE_ROUTES, type PageRoute } from "../page-routes";
import { HELT, logIn, projectIdFromList } from "./fixtures";

/** The pages opened logged in; the logged-out ones are checked in accessibility.spec.ts and project-setup.spec.ts. */
export const PAGES: Record<string, PageRoute | "resource"> = Object.fromEntries(
  Object.entries(PAGE_ROUTES).map(([name, route]) => [name, route === "resource" || route.as === "utlogget" ? "resource" : route]),
);

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
  medarbeider: "medarbeider@trinnvis.test",
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
