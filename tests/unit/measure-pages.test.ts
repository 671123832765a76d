// A measure's data and chart pages stay the same size however many points it has; imports are kept
// on the server between the preview and the save, and only their owner can see or save them.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { writeAudit } from "../../app/models/audit.server";
import { addPoints, countPoints, createMeasure, getPoint, listMeasureSummaries, listPointsPage, updatePoint } from "../../app/models/measure.server";
import { analysedMeasure } from "../../app/services/measure-page.server";
import { action as dataAction, loader as dataLoader } from "../../app/routes/prosjekter.$projectId.malinger.$measureId_.data";
import { loader as chartLoader } from "../../app/routes/prosjekter.$projectId.malinger.$measureId";
import { getUserByEmail } from "../../app/models/user.server";
import { measureValues } from "./measure-fixture";
import { getAs, postAs, responseOf } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";

const values = measureValues({ name: "Ventetid", kind: "kontinuerlig", unit: "dager", direction: "lavere_er_bedre", chartType: "i" });

const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
const norwegian = (iso: string) => iso.split("-").reverse().join(".");

function measureWith(name: string, n: number) {
  const userId = getUserByEmail(LEADER)!.id;
  const measure = createMeasure({ projectId: 1, userId, values: { ...values, name } });
  addPoints({
    projectId: 1,
    measureId: measure.id,
    userId,
    source: "test",
    points: Array.from({ length: n }, (_, i) => ({ date: day(i), value: 10 + (i % 7) + (i % 997 === 500 ? 40 : 0), numerator: null, denominator: null, note: i % 10 ? "" : `Merknad ${i}` })),
  });
  return measure.id;
}

async function dataPage(email: string, measureId: number, query = "") {
  const response = await responseOf(async () =>
    dataLoader({ request: await getAs(email, `/prosjekter/1/malinger/${measureId}/data${query}`), params: { projectId: "1", measureId: String(measureId) }, context }),
  );
  expect(response.status).toBe(200);
  const text = await response.text();
  return { size: text.length, data: JSON.parse(text) };
}

async function post(email: string, measureId: number, fields: Record<string, string>) {
  return responseOf(async () =>
    dataAction({ request: await postAs(email, `/prosjekter/1/malinger/${measureId}/data`, fields), params: { projectId: "1", measureId: String(measureId) }, context }),
  );
}

let small: number;
let big: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  small = measureWith("Ventetid, lite", 50);
  big = measureWith("Ventetid, stort", 5000);
});

describe("the data page", () => {
  it("is about the same size for 5 000 points as for 50", async () => {
    const few = await dataPage(LEADER, small);
    const many = await dataPage(LEADER, big);
    expect(few.data.points).toHaveLength(50);
    expect(many.data.points).toHaveLength(100);
    expect(many.data.pagination).toMatchObject({ page: 1, pageCount: 50, total: 5000, first: 1, last: 100 });
    // One page of 100 against 50 rows: at most about twice, never a hundred times.
    expect(many.size).toBeLessThan(few.size * 2.5);
    expect(many.size).toBeLessThan(60_000);
    expect(many.data.withAnalysis).toBe(true);
  });

  it("leaves the per-point analysis to the chart page for a very long series, so a page costs the same", async () => {
    const longer = measureWith("Ventetid, svært langt", 6000);
    const page = await dataPage(LEADER, longer, "?side=3");
    expect(page.data.withAnalysis).toBe(false);
    expect(page.data.points).toHaveLength(100);
    expect(page.data.points[0]).toMatchObject({ date: day(5799), cl: null, signal: "" });
    expect(page.size).toBeLessThan(60_000);
  });

  it("shows the next points on page 2, newest first, and the last page for a page beyond it", async () => {
    const first = (await dataPage(LEADER, big)).data;
    const second = (await dataPage(LEADER, big, "?side=2")).data;
    expect(first.points[0].date).toBe(day(4999));
    expect(first.points.at(-1).date).toBe(day(4900));
    expect(second.points.map((p: { date: string }) => p.date)).toEqual(Array.from({ length: 100 }, (_, i) => day(4899 - i)));
    expect(second.pagination).toMatchObject({ page: 2, first: 101, last: 200 });
    // The analysis of the whole series gives each point on the page its limits.
    expect(second.points.every((p: { cl: number | null }) => typeof p.cl === "number")).toBe(true);
    const beyond = (await dataPage(LEADER, big, "?side=999")).data;
    expect(beyond.pagination.page).toBe(50);
    expect(beyond.points.at(-1).date).toBe(day(0));
    expect((await dataPage(LEADER, big, "?side=tull")).data.pagination.page).toBe(1);
  });

  it("edits a point on page 2 with the concurrency check, and goes back to its page", async () => {
    const second = (await dataPage(LEADER, big, "?side=2")).data;
    const point = second.points[3];
    const opened = (await dataPage(LEADER, big, `?side=2&endre=${point.id}`)).data;
    expect(opened.editing).toMatchObject({ id: point.id, version: point.version, date: point.date });
    const saved = await post(LEADER, big, { intent: "endre-punkt", pointId: String(point.id), version: String(point.version), date: point.date, value: "12.5", note: "Rettet" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/prosjekter/1/malinger/${big}/data?side=2#data`);
    expect(getPoint(big, point.id)).toMatchObject({ value: 12.5, note: "Rettet", version: point.version + 1 });
    const stale = await post(LEADER, big, { intent: "endre-punkt", pointId: String(point.id), version: String(point.version), date: point.date, value: "13" });
    expect(stale.status).toBe(409);
    expect(getPoint(big, point.id)!.value).toBe(12.5);
  });
});

describe("the data page read with the chart's rules", () => {
  it("names each point's meaning by the rules the chart was read with", async () => {
    // Seven rising values in turn (10 … 16): an IHI trend each time, which Anhøj's rules do not look for.
    const measureId = measureWith("Ventetid, IHI", 28);
    const signals = async (query: string) => (await dataPage(LEADER, measureId, query)).data.points.map((p: { signal: string }) => p.signal);
    expect((await signals("")).filter((s: string) => s.includes("IHI"))).toEqual([]);
    const ihi = await signals("?regler=ihi");
    const trends = ihi.filter((s: string) => s.includes("IHI: trend oppover"));
    expect(trends.length).toBeGreaterThan(5);
    // Lower is better for this measure: a rising trend is a concern (where a limit, which comes first, does not say otherwise).
    const trendOnly = trends.filter((s: string) => !s.includes("kontrollgrense"));
    expect(trendOnly.length).toBeGreaterThan(5);
    for (const s of trendOnly) expect(s).toMatch(/^Spesiell variasjon, bekymring: IHI: trend oppover$/);
  });
});

describe("the chart page", () => {
  it("draws a bounded series of a long measure, with every point outside the limits", async () => {
    const response = await chartLoader({ request: await getAs(LEADER, `/prosjekter/1/malinger/${big}`), params: { projectId: "1", measureId: String(big) }, context });
    const data = await response.json();
    expect(data.measure.pointCount).toBe(5000);
    expect(data.analysis!.model.points.length).toBeLessThanOrEqual(1500);
    expect(data.analysis!.model.points.length).toBeGreaterThan(500);
    const drawn = new Set(data.analysis!.model.points.map((r: { x: string }) => r.x));
    // The spikes (every 997th point) lie far outside the limits.
    for (let i = 500; i < 5000; i += 997) expect(drawn).toContain(day(i));
    const small50 = await (await chartLoader({ request: await getAs(LEADER, `/prosjekter/1/malinger/${small}`), params: { projectId: "1", measureId: String(small) }, context })).json();
    expect(small50.analysis!.model.points).toHaveLength(50);
  });
});

describe("an import", () => {
  const paste = (from: number, n: number) => ["Dato;Verdi", ...Array.from({ length: n }, (_, i) => `${norwegian(day(from + i))};${i % 9},5`)].join("\n");

  it("is previewed from the server a page at a time, saved by its id only, and refused to anyone else", async () => {
    const measureId = measureWith("Ventetid, innlesing", 0);
    const previewed = await post(LEADER, measureId, { intent: "lim-inn", text: paste(0, 120) });
    expect(previewed.status).toBe(302);
    const location = previewed.headers.get("Location")!;
    const importId = /innlesing=(\d+)/.exec(location)![1];
    expect(location).toBe(`/prosjekter/1/malinger/${measureId}/data?innlesing=${importId}#forhandsvisning`);

    const preview = (await dataPage(LEADER, measureId, `?innlesing=${importId}`)).data.preview;
    expect(preview).toMatchObject({ gone: false, pointCount: 120, errorCount: 0, page: 1, pageCount: 3, first: 1, last: 50 });
    expect(preview.points).toHaveLength(50);
    const third = (await dataPage(LEADER, measureId, `?innlesing=${importId}&innlesingside=3`)).data.preview;
    expect(third.points.map((p: { row: number }) => p.row)).toEqual(Array.from({ length: 20 }, (_, i) => 102 + i));

    // Someone else's reading: not shown, and 404 when saved; nor from another measure.
    expect((await dataPage(MEMBER, measureId, `?innlesing=${importId}`)).data.preview).toEqual({ gone: true });
    expect((await post(MEMBER, measureId, { intent: "lagre-import", innlesing: importId })).status).toBe(404);
    expect((await post(LEADER, small, { intent: "lagre-import", innlesing: importId })).status).toBe(404);
    expect((await post(LEADER, measureId, { intent: "lagre-import", innlesing: "x" })).status).toBe(404);
    expect(countPoints(measureId)).toBe(0);

    const saved = await post(LEADER, measureId, { intent: "lagre-import", innlesing: importId });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/prosjekter/1/malinger/${measureId}/data#data`);
    expect(countPoints(measureId)).toBe(120);
    // Saved once: the reading is gone.
    expect((await post(LEADER, measureId, { intent: "lagre-import", innlesing: importId })).status).toBe(404);
    expect((await dataPage(LEADER, measureId, `?innlesing=${importId}`)).data.preview).toEqual({ gone: true });
  });

  it("saves nothing when someone added a point for one of the dates since the preview", async () => {
    const measureId = measureWith("Ventetid, samtidig", 0);
    const previewed = await post(LEADER, measureId, { intent: "lim-inn", text: paste(100, 10) });
    const importId = /innlesing=(\d+)/.exec(previewed.headers.get("Location")!)![1];
    expect((await post(MEMBER, measureId, { intent: "punkt", date: day(105), value: "3" })).status).toBe(302);
    const refused = await post(LEADER, measureId, { intent: "lagre-import", innlesing: importId });
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toContain(`innlesing=${importId}`);
    expect(countPoints(measureId)).toBe(1);
    const preview = (await dataPage(LEADER, measureId, `?innlesing=${importId}`)).data.preview;
    expect(preview).toMatchObject({ errorCount: 1, pointCount: 0 });
    expect(preview.errors).toEqual([{ row: 7, message: `Det finnes allerede et punkt for ${norwegian(day(105))}` }]);
  });

  it("shows a bad paste's errors a page at a time, with their count", async () => {
    const measureId = listMeasureSummaries(1).find((m) => m.name === "Ventetid, lite")!.id;
    const text = ["Dato;Verdi", ...Array.from({ length: 130 }, (_, i) => `${norwegian(day(10_000 + i))};tull`)].join("\n");
    const previewed = await post(LEADER, measureId, { intent: "lim-inn", text });
    const importId = /innlesing=(\d+)/.exec(previewed.headers.get("Location")!)![1];
    const preview = (await dataPage(LEADER, measureId, `?innlesing=${importId}&innlesingside=3`)).data.preview;
    expect(preview).toMatchObject({ errorCount: 130, pointCount: 0, page: 3, pageCount: 3, first: 101, last: 130 });
    expect(preview.errors[0]).toEqual({ row: 102, message: "Verdi: «tull» er ikke et tall" });
  });
});

describe("the analysis of a long series", () => {
  it("outlives writes elsewhere, and is redone when the measure's own points change", () => {
    const measureId = measureWith("Analyse som holdes", 400);
    const first = analysedMeasure(1, measureId, "anhoej")!.analysis!;
    writeAudit({ userId: null, action: "read", entityType: "request" });
    expect(analysedMeasure(1, measureId, "anhoej")!.analysis).toBe(first);

    const point = listPointsPage(measureId, { limit: 1, offset: 0 })[0];
    const edited = updatePoint({ projectId: 1, measureId, pointId: point.id, version: point.version, userId: getUserByEmail(LEADER)!.id, values: { date: point.date, value: 99, numerator: null, denominator: null, note: "", excluded: false } });
    expect(edited.status).toBe("saved");
    const again = analysedMeasure(1, measureId, "anhoej")!.analysis!;
    expect(again).not.toBe(first);
    expect(again.result.points.some((p) => p.y === 99)).toBe(true);
    expect(first.result.points.some((p) => p.y === 99)).toBe(false);
  });
});

describe("a point typed as Norwegians write numbers", () => {
  it("takes a decimal comma, spaces between thousands and the minus sign", async () => {
    const measureId = measureWith("Desimaler", 0);
    for (const [i, typed, stored] of [
      [0, "12,5", 12.5],
      [1, "1 234", 1234],
      [2, "1 234,5", 1234.5],
      [3, "−3", -3],
      [4, "12.5", 12.5],
    ] as const) {
      const request = await postAs(LEADER, `/prosjekter/1/malinger/${measureId}/data`, { intent: "punkt", date: day(i), value: typed, note: "" });
      const response = await responseOf(() => dataAction({ request, params: { projectId: "1", measureId: String(measureId) }, context }));
      expect(response.status, typed).toBe(302);
      expect(listPointsPage(measureId, { limit: 1, offset: 0 })[0]).toMatchObject({ date: day(i), value: stored });
    }
    const refused = await postAs(LEADER, `/prosjekter/1/malinger/${measureId}/data`, { intent: "punkt", date: day(9), value: "tolv", note: "" });
    const response = await responseOf(() => dataAction({ request: refused, params: { projectId: "1", measureId: String(measureId) }, context }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("Verdi må være et tall");
  });
});

describe("a period with no value", () => {
  it("is saved from the point form as a missing point with its note, and the chart carries its lines through it", async () => {
    const measureId = measureWith("Manglende måned", 6);
    const post = async (fields: Record<string, string>) => {
      const request = await postAs(LEADER, `/prosjekter/1/malinger/${measureId}/data`, { intent: "punkt", date: day(6), ...fields });
      return responseOf(() => dataAction({ request, params: { projectId: "1", measureId: String(measureId) }, context }));
    };
    const refused = await post({ value: "", note: "" });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("eller skriv i merknaden hvorfor perioden mangler verdi");
    expect(countPoints(measureId)).toBe(6);

    expect((await post({ value: "", note: "Systemet var nede" })).status).toBe(302);
    expect(listPointsPage(measureId, { limit: 10, offset: 0 }).find((p) => p.date === day(6))).toMatchObject({ value: null, note: "Systemet var nede" });
    const points = analysedMeasure(1, measureId, "anhoej")!.analysis!.result.points;
    expect(points).toHaveLength(7);
    // The values 10…15 (10 + i % 7 for i = 0…5) give an I chart centre of 75/6 = 12.5 at the missing point too
    expect(points[6]).toMatchObject({ y: null, cl: 12.5, sigmaSignal: false });
  });
});
