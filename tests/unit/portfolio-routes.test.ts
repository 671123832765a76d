// The portfolio (/portefolje and its spreadsheet) and «Hvem har ansvaret?» on the readiness page, called with real Requests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { decisions } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { upsertMembership } from "../../app/models/membership.server";
import { createProject } from "../../app/models/project.server";
import { listProjectOrganisations } from "../../app/models/organisation.server";
import { createTiltak } from "../../app/models/tiltak.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as rootLoader } from "../../app/root";
import { loader as portfolioLoader } from "../../app/routes/portefolje";
import { loader as workbookLoader } from "../../app/routes/portefolje[.]xlsx";
import { loader as readinessLoader } from "../../app/routes/prosjekter.$projectId.klar-for-drift";
import { getAs as get, responseOf as outcome } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";
const ADVISOR = "radgiver@trinnvis.test";

type Row = { id: number; name: string; role: string; stepName: string; overdueDecisions: number; gapCount: number; readiness: { trend: string } | null };
const load = async (email: string, query = "") => outcome(async () => portfolioLoader({ request: await get(email, `/portefolje${query}`), params: {}, context }));
const rowsOf = async (email: string, query = "") => (await (await load(email, query)).json()).portfolio as { rows: Row[]; total: number };
const idOf = (email: string) => getUserByEmail(email)!.id;

let foreignProjectId: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  // A non-advisor in two projects: the leader of project 2 also sits in project 1's steering group.
  upsertMembership({ projectId: 1, userId: idOf(OTHER_LEADER), role: "styringsgruppe" });
  // A project none of them is in.
  foreignProjectId = createProject({
    userId: getUserByEmail("admin@trinnvis.test")!.id,
    values: { name: "Et prosjekt ingen av dem er med i", description: "", owner: "", funder: "", startDate: "2020-01-01", endDate: null, currentStep: "planlegge" },
  }).id;
});

const clockFile = path.join(os.tmpdir(), `trinnvis-portfolio-clock-${process.pid}`);
afterEach(() => {
  delete process.env.TRINNVIS_CLOCK_FILE;
  fs.rmSync(clockFile, { force: true });
});

describe("who has a portfolio", () => {
  it("is not there for a member of one project", async () => {
    expect((await load(LEADER)).status).toBe(404);
    expect((await outcome(async () => workbookLoader({ request: await get(LEADER, "/portefolje.xlsx"), params: {}, context }))).status).toBe(404);
  });

  it("shows a member of two projects exactly those, with their role in each", async () => {
    const { rows, total } = await rowsOf(OTHER_LEADER);
    expect(total).toBe(2);
    expect(rows.map((r) => [r.id, r.role]).sort()).toEqual([
      [1, "styringsgruppe"],
      [2, "prosjektleder"],
    ]);
  });

  it("never shows a project the person is not in", async () => {
    for (const email of [OTHER_LEADER, ADVISOR]) expect((await rowsOf(email)).rows.map((r) => r.id)).not.toContain(foreignProjectId);
  });

  it("puts «Portefølje» in the header for them, and not for a member of one project", async () => {
    const headerFor = async (email: string) => ((await (await outcome(async () => rootLoader({ request: await get(email, "/prosjekter"), params: {}, context }))).json()) as { hasPortfolio: boolean }).hasPortfolio;
    expect(await headerFor(OTHER_LEADER)).toBe(true);
    expect(await headerFor(ADVISOR)).toBe(true);
    expect(await headerFor(LEADER)).toBe(false);
  });
});

describe("the portfolio's rows", () => {
  it("keeps the advisor's last signed audit and its weakest factors", async () => {
    const data = (await (await load(ADVISOR)).json()).portfolio;
    expect(data.isAdvisor).toBe(true);
    const helt = data.rows.find((p: { id: number }) => p.id === 1);
    expect(helt.audit).toMatchObject({ title: "Statusrapporten januar 2013" });
    expect(helt.audit.weakest).toContain("Har lederne data om egen tjeneste, og følger de med på kjerneprosessene?");
    expect(data.rows.find((p: { id: number }) => p.id === 2).audit).toBeNull();
  });

  it("names the current step and filters by step, role and organisation, saying how many of all", async () => {
    const all = await rowsOf(OTHER_LEADER);
    expect(Object.fromEntries(all.rows.map((r) => [r.id, r.stepName]))).toEqual({ 1: "3. Utføre", 2: "2. Planlegge" });
    expect((await rowsOf(OTHER_LEADER, "?steg=planlegge")).rows.map((r) => r.id)).toEqual([2]);
    expect((await rowsOf(OTHER_LEADER, "?rolle=styringsgruppe")).rows.map((r) => r.id)).toEqual([1]);
    const onlyInTwo = listProjectOrganisations(2).find((o) => !listProjectOrganisations(1).some((x) => x.id === o.id))!;
    const byOrganisation = await rowsOf(OTHER_LEADER, `?organisasjon=${onlyInTwo.id}`);
    expect([byOrganisation.rows.map((r) => r.id), byOrganisation.total]).toEqual([[2], 2]);
    expect((await rowsOf(OTHER_LEADER, "?steg=kontrollere")).rows).toEqual([]);
  });

  it("counts overdue decisions by the server's clock", async () => {
    const [decision] = getDb().insert(decisions).values({ projectId: 2, text: "Avklare finansiering", dueDate: "2031-03-01", status: "apen" }).returning().all();
    try {
      fs.writeFileSync(clockFile, "2031-02-15T12:00:00Z");
      process.env.TRINNVIS_CLOCK_FILE = clockFile;
      const before = (await rowsOf(OTHER_LEADER)).rows.find((r) => r.id === 2)!.overdueDecisions;
      fs.writeFileSync(clockFile, "2031-03-02T12:00:00Z");
      const after = (await rowsOf(OTHER_LEADER)).rows.find((r) => r.id === 2)!.overdueDecisions;
      expect(after).toBe(before + 1);
    } finally {
      getDb().delete(decisions).where(eq(decisions.id, decision.id)).run();
    }
  });

  it("counts a tiltak without a responsible person as a gap, listed on the readiness page", async () => {
    const gapsBefore = (await rowsOf(OTHER_LEADER)).rows.find((r) => r.id === 2)!.gapCount;
    const created = createTiltak({
      projectId: 2,
      userId: idOf(OTHER_LEADER),
      values: { title: "Tiltak uten ansvarlig", description: "", priority: "prioritert", goalIds: [], failureAreaIds: [], agreementAreaIds: [], organisationIds: [], responsibleOrganisationId: null, responsiblePerson: "", startDate: null, nextEvaluationDate: null },
    });
    expect((await rowsOf(OTHER_LEADER)).rows.find((r) => r.id === 2)!.gapCount).toBe(gapsBefore + 1);
    const page = await (await outcome(async () => readinessLoader({ request: await get(OTHER_LEADER, "/prosjekter/2/klar-for-drift"), params: { projectId: "2" }, context }))).json();
    expect(page.gaps).toContainEqual({ kind: "tiltak", title: "Tiltak uten ansvarlig", href: `/prosjekter/2/tiltak/${created.id}#endre`, reason: "Ingen ansvarlig person" });
  });
});

describe("the spreadsheet", () => {
  it("has the filtered rows, with days as real dates shown dd.mm.yyyy", async () => {
    const response = await outcome(async () => workbookLoader({ request: await get(ADVISOR, "/portefolje.xlsx?rolle=radgiver"), params: {}, context }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment; filename="portefolje-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(["Prosjekt", "Din rolle", "Steg"]);
    const names = [2, 3].map((r) => sheet.getRow(r).getCell(1).value).sort();
    expect(names).toEqual(["Helt, ikke stykkevis og delt", "Pakkeforløp psykisk helse og rus i Levanger"].sort());
    expect(sheet.rowCount).toBe(3);
    const signed = headers.indexOf("Signert") + 1;
    const heltRow = [2, 3].find((r) => String(sheet.getRow(r).getCell(1).value).startsWith("Helt"))!;
    const cell = sheet.getRow(heltRow).getCell(signed);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe("dd.mm.yyyy");
  });

  it("keeps to the filter", async () => {
    const response = await outcome(async () => workbookLoader({ request: await get(OTHER_LEADER, "/portefolje.xlsx?steg=planlegge"), params: {}, context }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets[0].rowCount).toBe(2);
    expect(workbook.worksheets[0].getRow(2).getCell(1).value).toBe("Pakkeforløp psykisk helse og rus i Levanger");
  });
});
