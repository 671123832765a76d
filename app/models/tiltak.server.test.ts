// Tiltak as dated facts: status changes, hearings, standardisations and evaluations carry the day they
// became true, against a real migrated SQLite database with the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { osloDayOf, todayIso } from "../utils/time";
import {
  changeTiltakStatus,
  createHearing,
  createTiltak,
  getTiltak,
  listTiltak,
  recordEvaluation,
  saveStandardisation,
  type EvaluationValues,
  type TiltakValues,
} from "./tiltak.server";

const values: TiltakValues = {
  title: "Datert tiltak",
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

/** "Today" in these tests, so the dates do not depend on when they run. */
const TODAY = "2013-06-30";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

type Status = Parameters<typeof changeTiltakStatus>[0]["to"];

/** A new tiltak of project 1 whose idea arose on `ideaDate`, and a way to move it. */
function newTiltak(ideaDate = "2013-01-10", title = values.title) {
  const created = createTiltak({ projectId: 1, userId: 1, values: { ...values, title }, ideaDate });
  const move = (to: Status, effectiveDate?: string, reason = "") =>
    changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: getTiltak(1, created.id)!.version, userId: 1, to, reason, effectiveDate, today: TODAY });
  return { id: created.id, move, stored: () => getTiltak(1, created.id)! };
}

/** A tiltak that went from idea to standardised in 2013, one step at a time. */
function standardisedTiltak(title = "Standardisert i 2013") {
  const t = newTiltak("2013-01-10", title);
  expect(t.move("planlagt", "2013-02-01").status).toBe("saved");
  expect(t.move("utproving", "2013-03-01").status).toBe("saved");
  expect(t.move("pa_horing", "2013-04-01").status).toBe("saved");
  expect(t.move("standardisert", "2013-05-01").status).toBe("saved");
  return t;
}

const evaluation = (overrides: Partial<EvaluationValues> = {}): EvaluationValues => ({
  date: "2013-06-01",
  method: "malinger",
  result: "Færre reinnleggelser",
  decision: "fortsette",
  nextEvaluationDate: "2014-06-01",
  ...overrides,
});

describe("the day an idea arose", () => {
  it("is today unless told, and an earlier day when the tiltak is entered afterwards", () => {
    const today = createTiltak({ projectId: 1, userId: 1, values });
    expect(getTiltak(1, today.id)!.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "ide", effectiveDate: todayIso() })]);
    const earlier = newTiltak("2012-11-05");
    const [first] = earlier.stored().history;
    expect(first).toMatchObject({ toStatus: "ide", effectiveDate: "2012-11-05" });
    expect(osloDayOf(first.changedAt)).toBe(todayIso());
  });
});

describe("a status change's effective date", () => {
  it("is today unless told otherwise", () => {
    const t = newTiltak();
    expect(t.move("planlagt")).toEqual({ status: "saved" });
    expect(t.stored().history[0]).toMatchObject({ toStatus: "planlagt", effectiveDate: TODAY });
  });

  it("may be in the past, and trial starting in the past dates the start", () => {
    const t = newTiltak();
    expect(t.move("planlagt", "2013-02-01")).toEqual({ status: "saved" });
    expect(t.move("utproving", "2013-03-15")).toEqual({ status: "saved" });
    const stored = t.stored();
    expect(stored.status).toBe("utproving");
    expect(stored.startDate).toBe("2013-03-15");
    expect(stored.history.map((h) => [h.toStatus, h.effectiveDate])).toEqual([
      ["utproving", "2013-03-15"],
      ["planlagt", "2013-02-01"],
      ["ide", "2013-01-10"],
    ]);
    // Recorded today, in effect earlier: both are kept.
    expect(osloDayOf(stored.history[0].changedAt)).toBe(todayIso());
  });

  it("may not be in the future, even with a reason", () => {
    const t = newTiltak();
    const before = t.stored();
    expect(t.move("planlagt", "2013-07-01")).toEqual({ status: "invalid_date", message: "Datoen kan ikke være fram i tid" });
    expect(t.move("planlagt", "2013-07-01", "Planlagt i juli")).toEqual({ status: "invalid_date", message: "Datoen kan ikke være fram i tid" });
    const after = t.stored();
    expect([after.status, after.version, after.history.length]).toEqual([before.status, before.version, before.history.length]);
  });

  it("needs a reason to be before the previous change, and then keeps the history in date order", () => {
    const t = newTiltak();
    expect(t.move("planlagt", "2013-05-01")).toEqual({ status: "saved" });
    expect(t.move("utproving", "2013-04-01")).toEqual({ status: "invalid_date", message: "Datoen er før forrige endring. Skriv en begrunnelse." });
    expect(t.stored().status).toBe("planlagt");
    expect(t.move("utproving", "2013-04-01", "Utprøvingen startet før planen ble skrevet ned")).toEqual({ status: "saved" });
    // The change dated later still stands: the earlier one only fills in the history.
    expect(t.stored().status).toBe("planlagt");
    // «Previous» is the latest day in the history; that same day needs no reason, an earlier one still does.
    expect(t.move("pa_horing", "2013-04-15").status).toBe("invalid_date");
    expect(t.move("pa_horing", "2013-05-01", "Planen ble sendt rett på høring")).toEqual({ status: "saved" });
    expect(t.stored().status).toBe("pa_horing");
    const history = t.stored().history;
    expect(history.map((h) => [h.toStatus, h.effectiveDate])).toEqual([
      ["pa_horing", "2013-05-01"],
      ["planlagt", "2013-05-01"],
      ["utproving", "2013-04-01"],
      ["ide", "2013-01-10"],
    ]);
    expect(history.find((h) => h.toStatus === "utproving")!.reason).toBe("Utprøvingen startet før planen ble skrevet ned");
  });

  it("entered afterwards with an earlier date fills in the history and leaves the current status to the latest change", () => {
    const t = newTiltak("2013-01-10", "Historikk fylt inn i ettertid");
    t.move("planlagt", "2013-03-01");
    t.move("utproving", "2013-05-01");
    // On 01.02 the tiltak was an idea, so «På høring» then is a skip: it needs its reason as well as the date's.
    expect(t.move("pa_horing", "2013-02-01", "")).toEqual({ status: "invalid_date", message: "Datoen er før forrige endring. Skriv en begrunnelse." });
    expect(t.move("planlagt", "2013-02-01", "Planlagt allerede i februar")).toEqual({ status: "saved" });
    const stored = t.stored();
    expect(stored.status).toBe("utproving");
    expect(stored.history.find((h) => h.effectiveDate === "2013-02-01")).toMatchObject({ fromStatus: "ide", toStatus: "planlagt" });
    expect(listTiltak(1).find((x) => x.id === t.id)!.status).toBe("utproving");
  });

  it("is checked before the reason a skip needs, and a skip still needs its reason", () => {
    const t = newTiltak();
    expect(t.move("standardisert", "2013-01-01").status).toBe("invalid_date");
    expect(t.move("standardisert", "2013-02-01")).toEqual({ status: "reason_required" });
    expect(t.move("standardisert", "2013-02-01", "Innført etter mønster fra Namsos")).toEqual({ status: "saved" });
  });

  it("belongs to a tiltak of the project only", () => {
    const t = newTiltak();
    expect(changeTiltakStatus({ projectId: 2, tiltakId: t.id, version: 1, userId: 1, to: "planlagt", reason: "", effectiveDate: "2013-02-01", today: TODAY })).toEqual({ status: "not_found" });
    expect(t.stored().status).toBe("ide");
  });
});

describe("a hearing", () => {
  it("moves a tiltak not yet that far to «På høring», dated the day it was sent", () => {
    const t = newTiltak();
    t.move("planlagt", "2013-02-01");
    const hearing = createHearing({ projectId: 1, tiltakId: t.id, userId: 1, sentDate: "2013-03-01", deadline: "2013-04-01", note: "", organisationIds: [1, 2] })!;
    expect(hearing.statusChangedTo).toBe("pa_horing");
    const stored = t.stored();
    expect(stored.status).toBe("pa_horing");
    expect(stored.history[0]).toMatchObject({ fromStatus: "planlagt", toStatus: "pa_horing", effectiveDate: "2013-03-01", reason: "Sendt på høring" });
    expect(stored.hearings[0].responses.map((r) => r.organisationId).sort()).toEqual([1, 2]);
  });

  it("leaves a tiltak that is on hearing or further alone", () => {
    const t = standardisedTiltak("Høring etter standardisering");
    const before = t.stored();
    const hearing = createHearing({ projectId: 1, tiltakId: t.id, userId: 1, sentDate: "2013-06-01", deadline: null, note: "Ny runde", organisationIds: [1] })!;
    expect(hearing.statusChangedTo).toBeNull();
    const after = t.stored();
    expect(after.status).toBe("standardisert");
    expect(after.history).toHaveLength(before.history.length);
    expect(after.hearings).toHaveLength(1);
  });

  it("dated before the latest status change is kept as history and does not move the status back in time", () => {
    const t = newTiltak("2012-01-10", "Høring registrert i ettertid");
    t.move("planlagt", "2012-06-01");
    const hearing = createHearing({ projectId: 1, tiltakId: t.id, userId: 1, sentDate: "2012-03-01", deadline: null, note: "", organisationIds: [1] })!;
    expect(hearing.statusChangedTo).toBeNull();
    expect(t.stored()).toMatchObject({ status: "planlagt", hearings: [expect.objectContaining({ sentDate: "2012-03-01" })] });
  });

  it("of another project's tiltak is refused and stores nothing", () => {
    const t = newTiltak();
    expect(createHearing({ projectId: 2, tiltakId: t.id, userId: 1, sentDate: "2013-03-01", deadline: null, note: "", organisationIds: [1] })).toBeNull();
    expect(t.stored().hearings).toEqual([]);
    expect(t.stored().status).toBe("ide");
  });
});

describe("a standardisation", () => {
  it("is dated the day the document took effect, today unless told, and a new one replaces the organisation's", () => {
    const t = standardisedTiltak("Standardisert med datoer");
    saveStandardisation({ projectId: 1, tiltakId: t.id, userId: 1, organisationId: 1, documentKind: "rutine", reference: "Rutine 4.2", date: "2013-05-02" });
    saveStandardisation({ projectId: 1, tiltakId: t.id, userId: 1, organisationId: 2, documentKind: "retningslinje", reference: "Retningslinje 7" });
    expect(t.stored().standardisations.map((s) => [s.organisationId, s.reference, s.recordedAt]).sort()).toEqual([
      [1, "Rutine 4.2", "2013-05-02"],
      [2, "Retningslinje 7", todayIso()],
    ]);
    saveStandardisation({ projectId: 1, tiltakId: t.id, userId: 1, organisationId: 1, documentKind: "prosedyre", reference: "Prosedyre 1", date: "2013-06-15" });
    expect(t.stored().standardisations.find((s) => s.organisationId === 1)).toMatchObject({ documentKind: "prosedyre", reference: "Prosedyre 1", recordedAt: "2013-06-15" });
  });

  it("of another project's tiltak is refused and stores nothing", () => {
    const t = standardisedTiltak("Standardisert, forsøkt fra et annet prosjekt");
    expect(saveStandardisation({ projectId: 2, tiltakId: t.id, userId: 1, organisationId: 1, documentKind: "rutine", reference: "Kapret" })).toBe(false);
    expect(t.stored().standardisations).toEqual([]);
  });
});

describe("evaluations", () => {
  it("are kept newest first; the first of a standardised tiltak makes it «Evaluert» from its day", () => {
    const t = standardisedTiltak("Evaluert i 2013");
    const first = recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation() })!;
    expect(first.statusChangedTo).toBe("evaluert");
    const second = recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-06-20", method: "fokusgruppe", decision: "justere", nextEvaluationDate: "2013-12-01" }) })!;
    expect(second.statusChangedTo).toBeNull();
    const stored = t.stored();
    expect(stored.status).toBe("evaluert");
    expect(stored.history[0]).toMatchObject({ fromStatus: "standardisert", toStatus: "evaluert", effectiveDate: "2013-06-01", reason: "Evaluert" });
    expect(stored.history.filter((h) => h.toStatus === "evaluert")).toHaveLength(1);
    expect(stored.evaluations.map((e) => [e.date, e.method, e.decision, e.nextEvaluationDate])).toEqual([
      ["2013-06-20", "fokusgruppe", "justere", "2013-12-01"],
      ["2013-06-01", "malinger", "fortsette", "2014-06-01"],
    ]);
    expect(stored.evaluations[1].result).toBe("Færre reinnleggelser");
  });

  it("of a tiltak still in trial leave its status alone", () => {
    const t = newTiltak();
    t.move("planlagt", "2013-02-01");
    t.move("utproving", "2013-03-01");
    expect(recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-05-01" }) })!.statusChangedTo).toBeNull();
    expect(t.stored().status).toBe("utproving");
  });

  it("dated before the standardisation (the trial's, entered afterwards) leave the status alone", () => {
    const t = standardisedTiltak("Evaluert i utprøvingen");
    expect(recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-03-20" }) })!.statusChangedTo).toBeNull();
    expect(t.stored().status).toBe("standardisert");
    // One on the day it was standardised counts.
    expect(recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-05-01" }) })!.statusChangedTo).toBe("evaluert");
  });

  it("decide when to evaluate next: the list follows the latest, else the plan; «avslutte» stores no next date and stops the tiltak", () => {
    const t = standardisedTiltak("Avsluttet etter evaluering");
    const listed = () => listTiltak(1).find((x) => x.id === t.id)!;
    expect(listed()).toMatchObject({ nextEvaluationDate: "2014-01-01", stopped: false });
    recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-06-01", nextEvaluationDate: "2013-09-01" }) });
    expect(listed()).toMatchObject({ nextEvaluationDate: "2013-09-01", stopped: false, lastChange: "2013-06-01" });
    const stop = recordEvaluation({ projectId: 1, tiltakId: t.id, userId: 1, values: evaluation({ date: "2013-06-25", decision: "avslutte", nextEvaluationDate: "2014-06-25" }) })!;
    expect(stop.nextEvaluationDate).toBeNull();
    expect(t.stored().evaluations[0]).toMatchObject({ decision: "avslutte", nextEvaluationDate: null });
    expect(listed()).toMatchObject({ nextEvaluationDate: null, stopped: true, lastChange: "2013-06-25" });
    // The plan on the tiltak itself is not rewritten.
    expect(t.stored().nextEvaluationDate).toBe("2014-01-01");
  });

  it("of another project's tiltak are refused and store nothing", () => {
    const t = standardisedTiltak("Ikke for prosjekt 2");
    expect(recordEvaluation({ projectId: 2, tiltakId: t.id, userId: 1, values: evaluation() })).toBeNull();
    expect(getTiltak(2, t.id)).toBeNull();
    const stored = t.stored();
    expect(stored.evaluations).toEqual([]);
    expect(stored.status).toBe("standardisert");
  });
});
