// Dated facts on the tiltak and goal pages, called with real Requests on a seeded database: the
// messages land on the fields they are about, and one project cannot write on another's tiltak.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { listGoals } from "../../app/models/goal.server";
import { changeTiltakStatus, createTiltak, getTiltak, type TiltakValues } from "../../app/models/tiltak.server";
import { getUserByEmail } from "../../app/models/user.server";
import { action as goalsAction } from "../../app/routes/prosjekter.$projectId.mal";
import { action as newTiltakAction } from "../../app/routes/prosjekter.$projectId.tiltak.ny";
import { action as tiltakAction, loader as tiltakLoader } from "../../app/routes/prosjekter.$projectId.tiltak.$tiltakId";
import { todayIso } from "../../app/utils/time";
import { getAs, postAs as post, responseOf as outcome } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const STEERING = "styringsgruppe@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";

const TODAY = todayIso();
const TOMORROW = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const values: TiltakValues = {
  title: "Rutetiltak",
  description: "",
  priority: "prioritert",
  goalIds: [],
  failureAreaIds: [],
  agreementAreaIds: [],
  organisationIds: [1, 2],
  responsibleOrganisationId: null,
  responsiblePerson: "",
  startDate: null,
  nextEvaluationDate: "2014-01-01",
};

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

/** A tiltak of project 1, an idea since 10.01.2013, moved through `statuses` one month apart in 2013. */
function tiltakIn2013(statuses: Parameters<typeof changeTiltakStatus>[0]["to"][] = []) {
  const leader = getUserByEmail(LEADER)!.id;
  const created = createTiltak({ projectId: 1, userId: leader, values, ideaDate: "2013-01-10" });
  statuses.forEach((to, i) => {
    const result = changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: getTiltak(1, created.id)!.version, userId: leader, to, reason: "", effectiveDate: `2013-0${i + 2}-01` });
    expect(result.status).toBe("saved");
  });
  return created.id;
}

/** Posts to a tiltak's page as `email`, in `projectId` (project 1 unless told). */
async function postTiltak(email: string, tiltakId: number, fields: Record<string, string>, projectId = 1) {
  const url = `/prosjekter/${projectId}/tiltak/${tiltakId}`;
  return outcome(async () => tiltakAction({ request: await post(email, url, fields), params: { projectId: String(projectId), tiltakId: String(tiltakId) }, context }));
}

/** The field messages and the success message of an action's answer. */
async function answer(response: Response) {
  const body = await response.json();
  return { status: response.status, errors: body.result?.error ?? {}, done: body.done as string | null };
}

const status = (version: number, to: string, effectiveDate: string, reason = "") => ({ intent: "status", version: String(version), to, effectiveDate, reason });

describe("a status change", () => {
  it("may not take effect in the future; the message is on «Gjelder fra»", async () => {
    const id = tiltakIn2013();
    const result = await answer(await postTiltak(MEMBER, id, status(1, "planlagt", TOMORROW)));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual({ effectiveDate: ["Gjelder fra kan ikke være fram i tid"] });
    expect(getTiltak(1, id)!.status).toBe("ide");
  });

  it("before the previous change needs a reason: the date says why, the reason field asks for it", async () => {
    const id = tiltakIn2013(["planlagt"]);
    const result = await answer(await postTiltak(MEMBER, id, status(2, "utproving", "2013-01-20")));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual({
      effectiveDate: ["Datoen er før forrige endring. Skriv en begrunnelse."],
      reason: ["Skriv hvorfor endringen gjelder fra før forrige endring (01.02.2013)"],
    });
    const saved = await answer(await postTiltak(MEMBER, id, status(2, "utproving", "2013-01-20", "Utprøvingen startet før planen ble skrevet")));
    expect(saved).toMatchObject({ status: 200, done: "Statusen er endret til «Utprøving» fra 20.01.2013." });
    expect(getTiltak(1, id)!.history[1]).toMatchObject({ toStatus: "utproving", effectiveDate: "2013-01-20", reason: "Utprøvingen startet før planen ble skrevet" });
  });

  it("that skips a status asks for the reason on the reason field, and is dated today when «Gjelder fra» is today", async () => {
    const id = tiltakIn2013(["planlagt"]);
    expect((await answer(await postTiltak(MEMBER, id, status(2, "pa_horing", TODAY)))).errors).toEqual({ reason: ["Skriv hvorfor tiltaket hopper over en status"] });
    expect((await answer(await postTiltak(MEMBER, id, status(2, "planlagt", "")))).errors).toEqual({ effectiveDate: ["Gjelder fra må fylles ut"] });
    const saved = await answer(await postTiltak(MEMBER, id, status(2, "pa_horing", TODAY, "Prøvd ut i et tidligere prosjekt")));
    expect(saved.status).toBe(200);
    expect(getTiltak(1, id)!.history[0]).toMatchObject({ toStatus: "pa_horing", effectiveDate: TODAY });
  });
});

describe("a hearing", () => {
  const hearing = (sentDate: string) => ({ intent: "horing", sentDate, organisationIds: "1" });

  it("says the tiltak is now «På høring» when it moved it", async () => {
    const id = tiltakIn2013(["planlagt"]);
    const result = await answer(await postTiltak(MEMBER, id, hearing("2013-03-05")));
    expect(result).toMatchObject({ status: 200, done: "Høringen sendt 05.03.2013 er registrert. Tiltaket er nå «På høring» fra 05.03.2013." });
    expect(getTiltak(1, id)!.status).toBe("pa_horing");
  });

  it("says only that it is registered when the tiltak is further, and is not sent in the future", async () => {
    const id = tiltakIn2013(["planlagt", "utproving", "pa_horing", "standardisert"]);
    expect((await answer(await postTiltak(MEMBER, id, hearing(TOMORROW)))).errors).toEqual({ sentDate: ["Sendt kan ikke være fram i tid"] });
    expect((await answer(await postTiltak(MEMBER, id, hearing("2013-06-01")))).done).toBe("Høringen sendt 01.06.2013 er registrert.");
    expect(getTiltak(1, id)!.status).toBe("standardisert");
  });
});

describe("a standardisation", () => {
  const standard = (date: string, organisationId = "1") => ({ intent: "standard", organisationId, documentKind: "rutine", reference: "Rutine 4.2", date });

  it("is dated today or earlier", async () => {
    const id = tiltakIn2013(["planlagt", "utproving", "pa_horing", "standardisert"]);
    expect((await answer(await postTiltak(MEMBER, id, standard(TOMORROW)))).errors).toEqual({ date: ["I bruk fra kan ikke være fram i tid"] });
    expect((await answer(await postTiltak(MEMBER, id, standard("2013-05-03", "999")))).errors).toEqual({ organisationId: ["Velg en av organisasjonene som er med i tiltaket"] });
    const saved = await answer(await postTiltak(MEMBER, id, standard("2013-05-03")));
    expect(saved.status).toBe(200);
    expect(saved.done).toMatch(/^Standardiseringen i .+ fra 03\.05\.2013 er registrert\.$/);
    expect(getTiltak(1, id)!.standardisations).toEqual([expect.objectContaining({ organisationId: 1, recordedAt: "2013-05-03" })]);
  });
});

describe("an evaluation", () => {
  const evaluation = (fields: Record<string, string> = {}) => ({
    intent: "evaluering",
    date: "2013-06-01",
    method: "malinger",
    result: "Færre reinnleggelser",
    decision: "fortsette",
    nextEvaluationDate: "2014-06-01",
    ...fields,
  });

  it("gives each wrong field its own message", async () => {
    const id = tiltakIn2013(["planlagt", "utproving", "pa_horing", "standardisert"]);
    const wrong = async (fields: Record<string, string>) => (await answer(await postTiltak(MEMBER, id, evaluation(fields)))).errors;
    expect(await wrong({ date: TOMORROW, nextEvaluationDate: "2099-01-01" })).toEqual({ date: ["Dato for evalueringen kan ikke være fram i tid"] });
    expect(await wrong({ result: " ", method: "" })).toEqual({ result: ["Resultat må fylles ut"], method: ["Velg metode"] });
    expect(await wrong({ decision: "" })).toEqual({ decision: ["Velg beslutning"] });
    expect(await wrong({ nextEvaluationDate: "" })).toEqual({ nextEvaluationDate: ["Neste evaluering må fylles ut når tiltaket ikke avsluttes"] });
    expect(await wrong({ nextEvaluationDate: "2013-06-01" })).toEqual({ nextEvaluationDate: ["Neste evaluering må være etter datoen for evalueringen"] });
    // The date messages show even when another field is wrong too.
    expect(await wrong({ result: "", nextEvaluationDate: "2013-05-01" })).toEqual({ result: ["Resultat må fylles ut"], nextEvaluationDate: ["Neste evaluering må være etter datoen for evalueringen"] });
    expect(getTiltak(1, id)!.evaluations).toEqual([]);
  });

  it("is recorded with its history, makes a standardised tiltak «Evaluert», and «avslutte» needs and keeps no next date", async () => {
    const id = tiltakIn2013(["planlagt", "utproving", "pa_horing", "standardisert"]);
    const first = await answer(await postTiltak(MEMBER, id, evaluation()));
    expect(first).toMatchObject({ status: 200, done: "Evalueringen 01.06.2013 er registrert. Tiltaket er nå «Evaluert» fra 01.06.2013." });
    const stop = await answer(await postTiltak(MEMBER, id, evaluation({ date: "2013-06-20", decision: "avslutte", nextEvaluationDate: "2014-06-20", method: "gjennomgang" })));
    expect(stop).toMatchObject({ status: 200, done: "Evalueringen 20.06.2013 er registrert. Tiltaket er avsluttet og skal ikke evalueres igjen." });
    const stored = getTiltak(1, id)!;
    expect(stored.status).toBe("evaluert");
    expect(stored.evaluations.map((e) => [e.date, e.method, e.decision, e.nextEvaluationDate])).toEqual([
      ["2013-06-20", "gjennomgang", "avslutte", null],
      ["2013-06-01", "malinger", "fortsette", "2014-06-01"],
    ]);
    const another = tiltakIn2013(["planlagt"]);
    expect((await answer(await postTiltak(MEMBER, another, evaluation({ decision: "avslutte", nextEvaluationDate: "" })))).status).toBe(200);
  });

  it("shows on the page as the next evaluation, from the latest evaluation, else the plan", async () => {
    const id = tiltakIn2013(["planlagt", "utproving"]);
    const page = async () => (await tiltakLoader({ request: await getAs(STEERING, `/prosjekter/1/tiltak/${id}`), params: { projectId: "1", tiltakId: String(id) }, context })).json();
    expect((await page()).nextEvaluation).toEqual({ date: "2014-01-01", decidedOn: null, stopped: false });
    await postTiltak(MEMBER, id, evaluation({ date: "2013-05-01", nextEvaluationDate: "2013-11-01", decision: "justere" }));
    expect((await page()).nextEvaluation).toEqual({ date: "2013-11-01", decidedOn: "2013-05-01", stopped: false });
    await postTiltak(MEMBER, id, evaluation({ date: "2013-05-20", decision: "avslutte" }));
    expect((await page()).nextEvaluation).toEqual({ date: null, decidedOn: "2013-05-20", stopped: true });
  });

  it("cannot be recorded by a member of another project, nor through another project, nor by a reader", async () => {
    const id = tiltakIn2013(["planlagt", "utproving", "pa_horing", "standardisert"]);
    expect((await postTiltak(OTHER_LEADER, id, evaluation())).status).toBe(404);
    expect((await postTiltak(OTHER_LEADER, id, evaluation(), 2)).status).toBe(404);
    expect((await postTiltak(STEERING, id, evaluation())).status).toBe(403);
    const stored = getTiltak(1, id)!;
    expect(stored.evaluations).toEqual([]);
    expect(stored.status).toBe("standardisert");
  });

  it("is refused for an unknown intent", async () => {
    const id = tiltakIn2013();
    const response = await postTiltak(MEMBER, id, { intent: "evaluer-alt" });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Ukjent handling");
  });
});

describe("a new tiltak", () => {
  const create = async (fields: Record<string, string>) =>
    outcome(async () => newTiltakAction({ request: await post(MEMBER, "/prosjekter/1/tiltak/ny", { title: "Ny idé", priority: "prioritert", ...fields }), params: { projectId: "1" }, context }));

  it("is an idea from the day given, today or earlier and not after its start", async () => {
    expect((await (await create({ ideaDate: TOMORROW })).json()).error).toEqual({ ideaDate: ["Idé registrert kan ikke være fram i tid"] });
    expect((await (await create({ ideaDate: "2013-05-01", startDate: "2013-04-01" })).json()).error).toEqual({ ideaDate: ["Idé registrert kan ikke være etter startdato"] });
    const created = await create({ ideaDate: "2012-11-05", startDate: "2013-04-01" });
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getTiltak(1, id)!.history).toEqual([expect.objectContaining({ toStatus: "ide", effectiveDate: "2012-11-05" })]);
  });

  it("is an idea from today when no day is given", async () => {
    const created = await create({});
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getTiltak(1, id)!.history[0].effectiveDate).toBe(TODAY);
  });
});

describe("a goal's evaluation", () => {
  const goal = () => listGoals(1).find((g) => g.number === 6)!;
  const evaluate = async (fields: Record<string, string>) => {
    const response = await outcome(async () =>
      goalsAction({ request: await post(MEMBER, "/prosjekter/1/mal", { intent: "status", goalId: String(goal().id), status: "pagar", comment: "", ...fields }), params: { projectId: "1" }, context }),
    );
    return answer(response);
  };

  it("is dated today or earlier, and before the latest one only with a reason, shown in the history", async () => {
    expect((await evaluate({ date: TOMORROW })).errors).toEqual({ date: ["Dato for vurderingen kan ikke være fram i tid"] });
    expect((await evaluate({ date: "2013-02-28" })).status).toBe(200);
    expect(await evaluate({ date: "2012-12-01" })).toMatchObject({
      status: 400,
      errors: { date: ["Datoen er før forrige endring. Skriv en begrunnelse."], reason: ["Skriv hvorfor vurderingen dateres før målets siste vurdering"] },
    });
    const saved = await evaluate({ date: "2012-12-01", reason: "Ført inn fra styringsgruppens referat" });
    expect(saved).toMatchObject({ status: 200, done: "Vurderingen 01.12.2012 er registrert." });
    expect(goal().history.map((h) => [h.date, h.reason])).toEqual([
      ["2013-02-28", ""],
      ["2012-12-01", "Ført inn fra styringsgruppens referat"],
      ["2012-03-31", ""],
    ]);
  });
});
