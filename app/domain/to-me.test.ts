import { describe, expect, it } from "vitest";
import {
  decisionItems,
  frequencyPeriod,
  inputItems,
  invitationItems,
  measureDataItems,
  readinessItems,
  roundItems,
  sortItems,
  stepReviewItems,
  tiltakEvaluationItems,
  worseChecks,
  type ProjectOfPerson,
} from "./to-me";

const kari = { id: 7, name: "Kari Lyngstad" };
const project = (role: ProjectOfPerson["role"], id = 1, endDate: string | null = null): ProjectOfPerson => ({ id, name: `Prosjekt ${id}`, role, endDate });
const TODAY = "2026-11-30";

describe("decisions the person owns", () => {
  const decision = (dueDate: string | null, over: Partial<Parameters<typeof decisionItems>[2][number]> = {}) => ({ id: 3, projectId: 1, meetingId: 9, text: "Legg fram forløpet", ownerUserId: kari.id, dueDate, status: "apen", ...over });
  const items = (d: ReturnType<typeof decision>, projects = [project("prosjektmedarbeider")]) => decisionItems(kari, projects, [d], TODAY);

  it("lists a decision from seven days before its due date, due today, and overdue from the day after", () => {
    expect(items(decision("2026-12-08"))).toEqual([]);
    expect(items(decision("2026-12-07"))[0]).toMatchObject({ reason: "Fristen er 07.12.2026, om 7 dager", overdue: false });
    expect(items(decision("2026-11-30"))[0]).toMatchObject({ reason: "Fristen er i dag", overdue: false });
    expect(items(decision("2026-11-29"))[0]).toMatchObject({ reason: "Fristen var 29.11.2026, 1 dag siden", overdue: true });
  });

  it("names the owner, links to the decision in its meeting, and keys it by the decision", () => {
    expect(items(decision("2026-11-01"))[0]).toMatchObject({
      key: "vedtak:3",
      personId: kari.id,
      personName: "Kari Lyngstad",
      projectName: "Prosjekt 1",
      title: "Legg fram forløpet",
      href: "/prosjekter/1/styring/moter/9#vedtak-3",
    });
    expect(items(decision("2026-11-01", { meetingId: null }))[0].href).toBe("/prosjekter/1/styring#vedtak-3");
  });

  it("leaves out decisions done, cancelled, without a due date, owned by someone else, or in a project the person has left", () => {
    expect(items(decision("2026-11-01", { status: "pagar" }))).toHaveLength(1);
    expect(items(decision("2026-11-01", { status: "fullfort" }))).toEqual([]);
    expect(items(decision("2026-11-01", { status: "avlyst" }))).toEqual([]);
    expect(items(decision(null))).toEqual([]);
    expect(items(decision("2026-11-01", { ownerUserId: 8 }))).toEqual([]);
    expect(items(decision("2026-11-01"), [project("prosjektleder", 2)])).toEqual([]);
  });
});

describe("tiltak evaluations past due, for the project leader", () => {
  const tiltak = (nextEvaluationDate: string | null, stopped = false) => ({ id: 4, projectId: 1, title: "Koordinator", nextEvaluationDate, stopped });

  it("is past due the day after the planned date, not on it", () => {
    expect(tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak("2026-11-30")], TODAY)).toEqual([]);
    expect(tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak("2026-11-29")], TODAY)[0]).toMatchObject({ reason: "Skulle vært evaluert 29.11.2026", overdue: true, href: "/prosjekter/1/tiltak/4#evaluering" });
  });

  it("only in projects the person leads, and not for a stopped tiltak or one without a date", () => {
    expect(tiltakEvaluationItems(kari, [project("prosjektmedarbeider")], [tiltak("2026-01-01")], TODAY)).toEqual([]);
    expect(tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak("2026-01-01", true)], TODAY)).toEqual([]);
    expect(tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak(null)], TODAY)).toEqual([]);
  });

  it("is a new item when a new evaluation date is set and passes", () => {
    const first = tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak("2026-06-01")], TODAY)[0];
    const next = tiltakEvaluationItems(kari, [project("prosjektleder")], [tiltak("2026-11-01")], TODAY)[0];
    expect(first.key).not.toBe(next.key);
  });
});

describe("sustainability rounds", () => {
  const round = (raters: { userId: number; submittedOn: string | null }[], status = "apen") => ({ id: 5, projectId: 1, title: "Runde 2", startedOn: "2026-11-16", status, raters });

  it("waits for the rater's answer until they submit; overdue 14 days after the round started", () => {
    expect(roundItems(kari, [project("prosjektmedarbeider")], [round([{ userId: kari.id, submittedOn: null }])], "2026-11-29")[0]).toMatchObject({ kind: "barekraft-svar", overdue: false });
    expect(roundItems(kari, [project("prosjektmedarbeider")], [round([{ userId: kari.id, submittedOn: null }])], TODAY)[0]).toMatchObject({ kind: "barekraft-svar", overdue: true });
    expect(roundItems(kari, [project("prosjektmedarbeider")], [round([{ userId: kari.id, submittedOn: "2026-11-20" }])], TODAY)).toEqual([]);
    expect(roundItems(kari, [project("prosjektmedarbeider")], [round([{ userId: 8, submittedOn: null }])], TODAY)).toEqual([]);
  });

  it("waits for the advisor's signature once everyone has submitted, and not before or after signing", () => {
    const all = [
      { userId: 8, submittedOn: "2026-11-18" },
      { userId: 9, submittedOn: "2026-11-20" },
    ];
    expect(roundItems(kari, [project("radgiver")], [round(all)], TODAY)[0]).toMatchObject({ kind: "barekraft-signering", since: "2026-11-20", overdue: false });
    expect(roundItems(kari, [project("radgiver")], [round(all)], "2026-12-04")[0].overdue).toBe(true);
    expect(roundItems(kari, [project("radgiver")], [round([...all, { userId: 10, submittedOn: null }])], TODAY)).toEqual([]);
    expect(roundItems(kari, [project("radgiver")], [round(all, "signert")], TODAY)).toEqual([]);
    expect(roundItems(kari, [project("radgiver")], [round([])], TODAY)).toEqual([]);
    expect(roundItems(kari, [project("prosjektleder")], [round(all)], TODAY)).toEqual([]);
  });
});

describe("step approvals, for the steering group", () => {
  const review = (status = "venter") => ({ id: 6, projectId: 1, stepName: "Kontrollere", requestedOn: "2026-11-16", status });

  it("waits on each member of the steering group; overdue after 14 days", () => {
    expect(stepReviewItems(kari, [project("styringsgruppe")], [review()], "2026-11-29")[0]).toMatchObject({ title: "Godkjenning av steget «Kontrollere»", overdue: false });
    expect(stepReviewItems(kari, [project("styringsgruppe")], [review()], TODAY)[0].overdue).toBe(true);
  });

  it("not for other roles, nor once decided", () => {
    expect(stepReviewItems(kari, [project("prosjektleder")], [review()], TODAY)).toEqual([]);
    expect(stepReviewItems(kari, [project("styringsgruppe")], [review("godkjent")], TODAY)).toEqual([]);
  });
});

describe("invitations not taken up, for the project leader", () => {
  // The link expires at an instant; the service says whether it has passed (here: before today).
  const invitation = (sentOn: string, expiresOn: string, over = {}) => ({ id: 2, projectId: 1, email: "ny@kommune.no", sentOn, expiresOn, expired: expiresOn < TODAY, accepted: false, withdrawn: false, ...over });
  const items = (i: ReturnType<typeof invitation>, role: ProjectOfPerson["role"] = "prosjektleder") => invitationItems(kari, [project(role)], [i], TODAY);

  it("reminds seven days after sending, and says so when the link has expired", () => {
    expect(items(invitation("2026-11-24", "2026-12-08"))).toEqual([]);
    expect(items(invitation("2026-11-23", "2026-12-07"))[0]).toMatchObject({ reason: "Sendt 23.11.2026, ikke tatt imot ennå", overdue: false, since: "2026-11-30" });
    expect(items(invitation("2026-11-27", "2026-11-30"))).toEqual([]);
    expect(items(invitation("2026-11-27", "2026-11-29"))[0]).toMatchObject({ reason: "Lenken gikk ut 29.11.2026; send en ny", overdue: true });
    // Expired earlier today: said at once, not from tomorrow.
    expect(items({ ...invitation("2026-11-27", "2026-11-30"), expired: true })[0]).toMatchObject({ overdue: true, since: "2026-11-30" });
  });

  it("not once accepted or withdrawn, nor for other roles", () => {
    expect(items(invitation("2026-10-01", "2026-10-15", { accepted: true }))).toEqual([]);
    expect(items(invitation("2026-10-01", "2026-10-15", { withdrawn: true }))).toEqual([]);
    expect(items(invitation("2026-10-01", "2026-10-15"), "styringsgruppe")).toEqual([]);
  });
});

describe("conference inputs without follow-up", () => {
  const conference = (date: string, openInputs = 2) => ({ conferenceId: 11, projectId: 1, title: "Dialogkonferanse", date, openInputs });

  it("waits from the day after the conference; overdue when the readiness check fails them, three months on", () => {
    expect(inputItems(kari, [project("prosjektleder")], [conference(TODAY)], TODAY)).toEqual([]);
    expect(inputItems(kari, [project("prosjektleder")], [conference("2026-11-29")], TODAY)[0]).toMatchObject({ reason: "2 innspill fra 29.11.2026 er ikke vurdert", overdue: false });
    expect(inputItems(kari, [project("prosjektleder")], [conference("2026-08-30")], TODAY)[0].overdue).toBe(false);
    expect(inputItems(kari, [project("prosjektleder")], [conference("2026-08-29")], TODAY)[0].overdue).toBe(true);
  });

  it("not when every input is followed up, nor for other roles", () => {
    expect(inputItems(kari, [project("prosjektleder")], [conference("2026-01-01", 0)], TODAY)).toEqual([]);
    expect(inputItems(kari, [project("prosjektmedarbeider")], [conference("2026-01-01")], TODAY)).toEqual([]);
  });
});

describe("measures without new data", () => {
  it("reads the period from the measure's own frequency", () => {
    expect(frequencyPeriod("Månedlig")).toEqual({ months: 1 });
    expect(frequencyPeriod("hver måned")).toEqual({ months: 1 });
    expect(frequencyPeriod("Ukentlig")).toEqual({ days: 7 });
    expect(frequencyPeriod("Annenhver uke")).toEqual({ days: 14 });
    expect(frequencyPeriod("Kvartalsvis")).toEqual({ months: 3 });
    expect(frequencyPeriod("Per tertial")).toEqual({ months: 4 });
    expect(frequencyPeriod("Halvårlig")).toEqual({ months: 6 });
    expect(frequencyPeriod("Årlig")).toEqual({ months: 12 });
    expect(frequencyPeriod("Daglig")).toEqual({ days: 1 });
    expect(frequencyPeriod("Engangskartlegging")).toBeNull();
    expect(frequencyPeriod("Ved behov")).toBeNull();
    expect(frequencyPeriod("")).toBeNull();
    expect(frequencyPeriod("Når det passer")).toBeNull();
  });

  const measure = (frequency: string, lastDataDate: string | null, over = {}) => ({ id: 12, projectId: 1, name: "Andel med plan", frequency, lastDataDate, createdOn: "2026-01-15", continuesAfterProject: false, qualitative: false, ...over });
  const items = (m: ReturnType<typeof measure>, projects = [project("prosjektleder")]) => measureDataItems(kari, projects, [m], TODAY);

  it("is missing data once two whole periods have passed after the latest data", () => {
    expect(items(measure("Månedlig", "2026-09-30"))).toEqual([]);
    expect(items(measure("Månedlig", "2026-09-29"))[0]).toMatchObject({ since: "2026-11-29", overdue: true, href: "/prosjekter/1/malinger/12/data" });
    expect(items(measure("Ukentlig", "2026-11-16"))).toEqual([]);
    expect(items(measure("Ukentlig", "2026-11-15"))).toHaveLength(1);
  });

  it("counts from when the measure was made when it has no data", () => {
    expect(items(measure("Månedlig", null))[0].reason).toBe("Ingen data siden målingen ble laget 15.01.2026 (månedlig)");
    expect(items(measure("Månedlig", null, { createdOn: "2026-10-01" }))).toEqual([]);
  });

  it("after the project, only measures that continue in operation; never one-off, qualitative or others' measures", () => {
    const ended = [project("prosjektleder", 1, "2026-06-30")];
    expect(items(measure("Månedlig", "2026-01-01"), ended)).toEqual([]);
    expect(items(measure("Månedlig", "2026-01-01", { continuesAfterProject: true }), ended)).toHaveLength(1);
    expect(items(measure("Månedlig", "2026-01-01"), [project("prosjektleder", 1, TODAY)])).toHaveLength(1);
    expect(items(measure("Engangskartlegging", "2020-01-01"))).toEqual([]);
    expect(items(measure("Månedlig", "2020-01-01", { qualitative: true }))).toEqual([]);
    expect(items(measure("Månedlig", "2020-01-01"), [project("styringsgruppe")])).toEqual([]);
  });
});

describe("readiness worse than at the last snapshot", () => {
  const check = (id: string, status: string) => ({ id, title: `Sjekk ${id}`, status });
  const change = (before: ReturnType<typeof check>[], now: ReturnType<typeof check>[]) => ({ projectId: 1, snapshotId: 30, snapshotOn: "2026-11-01", before, now });

  it("finds the checks that fell, and only those", () => {
    expect(worseChecks(change([check("a", "bestatt"), check("b", "advarsel"), check("c", "ikke_bestatt")], [check("a", "advarsel"), check("b", "bestatt"), check("c", "ikke_bestatt")])).map((c) => c.id)).toEqual(["a"]);
    expect(worseChecks(change([check("a", "advarsel")], [check("a", "ikke_bestatt")])).map((c) => c.id)).toEqual(["a"]);
    expect(worseChecks(change([check("a", "ikke_relevant")], [check("a", "bestatt")]))).toEqual([]);
    expect(worseChecks(change([], [check("ny", "ikke_bestatt")])).map((c) => c.id)).toEqual(["ny"]);
  });

  it("tells the project leader which checks fell since which snapshot", () => {
    const fell = change([check("a", "bestatt"), check("b", "bestatt")], [check("a", "ikke_bestatt"), check("b", "bestatt")]);
    expect(readinessItems(kari, [project("prosjektleder")], [fell])[0]).toMatchObject({ reason: "Dårligere enn ved øyeblikksbildet 01.11.2026: Sjekk a", href: "/prosjekter/1/klar-for-drift" });
    expect(readinessItems(kari, [project("prosjektleder")], [change([check("a", "advarsel")], [check("a", "advarsel")])])).toEqual([]);
    expect(readinessItems(kari, [project("radgiver")], [fell])).toEqual([]);
  });
});

describe("the list", () => {
  it("goes by kind, then the longest-waiting first", () => {
    const leader = [project("prosjektleder")];
    const items = sortItems([
      ...inputItems(kari, leader, [{ conferenceId: 1, projectId: 1, title: "K", date: "2026-10-01", openInputs: 1 }], TODAY),
      ...tiltakEvaluationItems(kari, leader, [{ id: 1, projectId: 1, title: "Nyere", nextEvaluationDate: "2026-11-01", stopped: false }, { id: 2, projectId: 1, title: "Eldre", nextEvaluationDate: "2026-06-01", stopped: false }], TODAY),
    ]);
    expect(items.map((i) => i.title)).toEqual(["Eldre", "Nyere", "K"]);
  });
});
