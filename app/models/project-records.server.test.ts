// Activities, goals and tiltak against a real migrated SQLite database with the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createActivity, deleteActivity, getActivity, listActivities, updateActivity, type ActivityValues } from "./activity.server";
import { addGoalStatus, createGoal, listGoals, updateGoal } from "./goal.server";
import {
  changeTiltakStatus,
  createHearing,
  createTiltak,
  getTiltak,
  listTiltak,
  recordHearingResponse,
  saveStandardisation,
  updateTiltak,
  type TiltakValues,
} from "./tiltak.server";
import { todayIso } from "../utils/time";
import { measureValues } from "../../tests/unit/measure-fixture";

const activity: ActivityValues = {
  title: "Personalmøte i Grong",
  startDate: "2012-12-03",
  endDate: null,
  typeId: "personalmote",
  stepId: "utfore",
  themeId: "iverksette",
  description: "",
  evidenceUrl: null,
  audiences: [{ audienceId: "medarbeidere", leaderLevel: "" }, { audienceId: "ledere", leaderLevel: "forstelinjeleder" }],
  organisationIds: [1, 1, 2],
};

const tiltakValues: TiltakValues = {
  title: "Testtiltak",
  description: "",
  priority: "prioritert",
  goalIds: [],
  failureAreaIds: ["informasjonsflyt"],
  agreementAreaIds: ["avtale-2"],
  organisationIds: [1, 2],
  responsibleOrganisationId: null,
  responsiblePerson: "",
  startDate: null,
  nextEvaluationDate: null,
};

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("activities", () => {
  it("stores audiences and organisations (without duplicates) and reads them back", () => {
    const created = createActivity({ projectId: 1, userId: 1, values: activity });
    const stored = getActivity(1, created.id)!;
    expect(stored.audiences).toEqual(expect.arrayContaining(activity.audiences));
    expect(stored.organisations.map((o) => o.id).sort()).toEqual([1, 2]);
  });

  it("filters by type, step and theme, organisation, audience and period", () => {
    createActivity({ projectId: 1, userId: 1, values: { ...activity, title: "Filtertreff", startDate: "2012-12-10" } });
    const titles = (filter: Parameters<typeof listActivities>[1]) => listActivities(1, filter).map((a) => a.title);
    expect(titles({ typeId: "personalmote" })).toContain("Filtertreff");
    expect(titles({ typeId: "nettside" })).not.toContain("Filtertreff");
    expect(titles({ stepId: "utfore", themeId: "iverksette" })).toContain("Filtertreff");
    expect(titles({ organisationId: 2, audienceId: "medarbeidere" })).toContain("Filtertreff");
    expect(titles({ audienceId: "parorende" })).not.toContain("Filtertreff");
    expect(titles({ from: "2012-12-05", to: "2012-12-31" })).toContain("Filtertreff");
    expect(titles({ to: "2012-12-05" })).not.toContain("Filtertreff");
    // A period that started before `from` but lasts into it still counts.
    expect(titles({ from: "2011-05-01", to: "2011-05-31" })).toContain("Besøksrunde til alle de 16 kommunene");
  });

  it("lists the newest first", () => {
    const dates = listActivities(1).map((a) => a.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("refuses a stale edit, and gives not found through another project", () => {
    const created = createActivity({ projectId: 1, userId: 1, values: activity });
    expect(updateActivity({ projectId: 1, activityId: created.id, version: 1, userId: 1, values: { ...activity, title: "A" } }).status).toBe("saved");
    const stale = updateActivity({ projectId: 1, activityId: created.id, version: 1, userId: 1, values: { ...activity, title: "B" } });
    expect(stale.status).toBe("conflict");
    if (stale.status === "conflict") expect(stale.current.title).toBe("A");
    expect(updateActivity({ projectId: 2, activityId: created.id, version: 2, userId: 1, values: activity }).status).toBe("not_found");
    expect(deleteActivity({ projectId: 2, activityId: created.id, userId: 1 })).toBe(false);
    expect(getActivity(1, created.id)).not.toBeNull();
    expect(deleteActivity({ projectId: 1, activityId: created.id, userId: 1 })).toBe(true);
  });
});

describe("goals", () => {
  it("allows one main goal and numbers new sub-goals after the last", () => {
    expect(createGoal({ projectId: 1, userId: 1, kind: "hovedmal", title: "Et til", description: "" })).toBeNull();
    const created = createGoal({ projectId: 1, userId: 1, kind: "delmal", title: "Nytt delmål", description: "" })!;
    expect(created.number).toBe(7);
  });

  it("keeps every dated evaluation, newest first, and refuses a goal of another project", () => {
    const goal = listGoals(1).find((g) => g.number === 3)!;
    addGoalStatus({ projectId: 1, goalId: goal.id, userId: 1, date: "2013-01-15", status: "delvis_nadd", comment: "Felles forståelse vokser" });
    const history = listGoals(1).find((g) => g.id === goal.id)!.history;
    expect(history[0]).toMatchObject({ date: "2013-01-15", status: "delvis_nadd" });
    expect(history).toHaveLength(2);
    expect(addGoalStatus({ projectId: 2, goalId: goal.id, userId: 1, date: "2013-01-15", status: "nadd", comment: "" })).toEqual({ status: "not_found" });
    expect(listGoals(1).find((g) => g.id === goal.id)!.history).toHaveLength(2);
  });

  it("dates an evaluation today or earlier, and one before the goal's latest needs a reason, which is kept", () => {
    const goal = listGoals(1).find((g) => g.number === 4)!;
    const add = (date: string, reason?: string) =>
      addGoalStatus({ projectId: 1, goalId: goal.id, userId: 1, date, status: "delvis_nadd", comment: "Vurdert", reason, today: "2013-06-30" });
    const historyOf = () => listGoals(1).find((g) => g.id === goal.id)!.history;
    const before = historyOf().length;
    expect(goal.history[0].date).toBe("2012-03-31");

    expect(add("2013-07-01")).toEqual({ status: "invalid_date", message: "Datoen kan ikke være fram i tid" });
    expect(add("2013-07-01", "Planlagt")).toEqual({ status: "invalid_date", message: "Datoen kan ikke være fram i tid" });
    const saved = add("2013-06-30");
    expect(saved.status).toBe("saved");
    if (saved.status === "saved") expect(saved.entry).toMatchObject({ date: "2013-06-30", reason: "" });

    expect(add("2013-02-01")).toEqual({ status: "invalid_date", message: "Datoen er før forrige endring. Skriv en begrunnelse." });
    expect(add("2013-02-01", "   ")).toEqual({ status: "invalid_date", message: "Datoen er før forrige endring. Skriv en begrunnelse." });
    expect(historyOf()).toHaveLength(before + 1);
    expect(add("2013-02-01", " Ført inn fra styringsgruppens referat ").status).toBe("saved");
    // The same day as the latest needs no reason.
    expect(add("2013-06-30").status).toBe("saved");

    const history = historyOf();
    expect(history).toHaveLength(before + 3);
    expect(history.map((h) => h.date).slice(0, 3)).toEqual(["2013-06-30", "2013-06-30", "2013-02-01"]);
    expect(history[2].reason).toBe("Ført inn fra styringsgruppens referat");
  });

  it("dates an evaluation today unless the caller's day is given", () => {
    const goal = listGoals(1).find((g) => g.number === 5)!;
    const tomorrow = todayIso(new Date(Date.now() + 86_400_000));
    expect(addGoalStatus({ projectId: 1, goalId: goal.id, userId: 1, date: tomorrow, status: "pagar", comment: "" }).status).toBe("invalid_date");
    expect(addGoalStatus({ projectId: 1, goalId: goal.id, userId: 1, date: todayIso(), status: "pagar", comment: "" }).status).toBe("saved");
  });

  it("refuses a stale edit of a goal", () => {
    const goal = listGoals(1).find((g) => g.number === 2)!;
    expect(updateGoal({ projectId: 1, goalId: goal.id, version: goal.version, userId: 1, title: "Ny", description: "" }).status).toBe("saved");
    expect(updateGoal({ projectId: 1, goalId: goal.id, version: goal.version, userId: 1, title: "Eldre", description: "" }).status).toBe("conflict");
  });
});

describe("tiltak", () => {
  it("starts as an idea with that first status in its history", () => {
    const created = createTiltak({ projectId: 1, userId: 1, values: tiltakValues });
    const stored = getTiltak(1, created.id)!;
    expect(stored.status).toBe("ide");
    expect(stored.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "ide"]]);
    expect(stored.agreementAreaIds).toEqual(["avtale-2"]);
  });

  it("moves one step without a reason, and needs one to skip or go back", () => {
    const created = createTiltak({ projectId: 1, userId: 1, values: tiltakValues });
    const move = (to: Parameters<typeof changeTiltakStatus>[0]["to"], reason = "") =>
      changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: getTiltak(1, created.id)!.version, userId: 1, to, reason });
    expect(move("planlagt")).toEqual({ status: "saved" });
    expect(move("standardisert")).toEqual({ status: "reason_required" });
    expect(move("standardisert", "Prøvd ut før")).toEqual({ status: "saved" });
    expect(move("ide")).toEqual({ status: "reason_required" });
    expect(move("standardisert")).toEqual({ status: "unchanged" });
    const stored = getTiltak(1, created.id)!;
    expect(stored.status).toBe("standardisert");
    expect(stored.history.map((h) => h.toStatus)).toEqual(["standardisert", "planlagt", "ide"]);
    expect(stored.history[0].reason).toBe("Prøvd ut før");
  });

  it("sets the start date when trial begins, and refuses a status change on an old version", () => {
    const created = createTiltak({ projectId: 1, userId: 1, values: tiltakValues });
    changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: 1, userId: 1, to: "planlagt", reason: "" });
    changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: 2, userId: 1, to: "utproving", reason: "" });
    expect(getTiltak(1, created.id)!.startDate).toBe(todayIso());
    expect(changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: 1, userId: 1, to: "pa_horing", reason: "" }).status).toBe("conflict");
    expect(changeTiltakStatus({ projectId: 2, tiltakId: created.id, version: 3, userId: 1, to: "pa_horing", reason: "" }).status).toBe("not_found");
  });

  it("records hearing answers only from the organisations consulted, and standardisation per organisation", () => {
    const created = createTiltak({ projectId: 1, userId: 1, values: tiltakValues });
    const hearing = createHearing({ projectId: 1, tiltakId: created.id, userId: 1, sentDate: "2013-01-01", deadline: null, note: "", organisationIds: [1] })!;
    expect(recordHearingResponse({ projectId: 1, tiltakId: created.id, hearingId: hearing.id, organisationId: 1, userId: 1, responseDate: "2013-01-10", answer: "Ja" })).toBe(true);
    expect(recordHearingResponse({ projectId: 1, tiltakId: created.id, hearingId: hearing.id, organisationId: 2, userId: 1, responseDate: "2013-01-10", answer: "Nei" })).toBe(false);
    saveStandardisation({ projectId: 1, tiltakId: created.id, userId: 1, organisationId: 2, documentKind: "rutine", reference: "R1" });
    saveStandardisation({ projectId: 1, tiltakId: created.id, userId: 1, organisationId: 2, documentKind: "prosedyre", reference: "P2" });
    const stored = getTiltak(1, created.id)!;
    expect(stored.hearings[0].responses).toEqual([expect.objectContaining({ organisationId: 1, answer: "Ja" })]);
    expect(stored.standardisations).toEqual([expect.objectContaining({ organisationId: 2, documentKind: "prosedyre", reference: "P2" })]);
  });

  it("refuses a stale edit and lists tiltak with their goals and last change", () => {
    const created = createTiltak({ projectId: 1, userId: 1, values: tiltakValues });
    expect(updateTiltak({ projectId: 1, tiltakId: created.id, version: 1, userId: 1, values: { ...tiltakValues, title: "Endret" } }).status).toBe("saved");
    expect(updateTiltak({ projectId: 1, tiltakId: created.id, version: 1, userId: 1, values: tiltakValues }).status).toBe("conflict");
    const selvhjelp = listTiltak(1).find((t) => t.title === "Selvhjelpsplan / kriseplan")!;
    expect(selvhjelp.goals).toEqual(["Delmål 5", "Delmål 6"]);
    expect(selvhjelp.lastChange.startsWith("2012-12-01")).toBe(true);
  });
});

describe("measures", () => {
  it("saves a batch of points all together, or none when one date is already stored", async () => {
    const { createMeasure, addPoints, getMeasure } = await import("./measure.server");
    const measure = createMeasure({
      projectId: 1,
      userId: 1,
      values: measureValues({ name: "Test", frequency: "" }),
    });
    const point = (date: string) => ({ date, value: 1, numerator: null, denominator: null, note: "" });
    expect(addPoints({ projectId: 1, measureId: measure.id, userId: 1, points: [point("2013-01-01"), point("2013-02-01")], source: "test" })).toEqual({ ok: true, count: 2 });
    const clash = addPoints({ projectId: 1, measureId: measure.id, userId: 1, points: [point("2013-03-01"), point("2013-02-01")], source: "test" });
    expect(clash.ok).toBe(false);
    expect(getMeasure(1, measure.id)!.points.map((p) => p.date)).toEqual(["2013-01-01", "2013-02-01"]);
    expect(getMeasure(2, measure.id)).toBeNull();
  });
});
