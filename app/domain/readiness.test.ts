import { describe, expect, it } from "vitest";
import {
  assessReadiness,
  defaultAssessmentDate,
  factsAsOf,
  measuresAnalysedAgainstGoals,
  tiltakAsOf,
  userInvolvement,
  type ReadinessInput,
  type TiltakFacts,
} from "./readiness";

// Assessed as of the end of June 2013; a fact dated the next day must not count, one dated that day must.
const asOf = "2013-06-30";
const dayAfter = "2013-07-01";

/** The first of each month, `count` months from `from` ("2012-06"). */
const monthly = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const [year, month] = from.split("-").map(Number);
    const d = new Date(Date.UTC(year, month - 1 + i, 1));
    return d.toISOString().slice(0, 10);
  });

const kriseplan: TiltakFacts = {
  id: 1,
  title: "Individuell kriseplan",
  priority: "prioritert",
  statusHistory: [
    { status: "ide", date: "2012-01-10" },
    { status: "planlagt", date: "2012-03-01" },
    { status: "utproving", date: "2012-05-02" },
    { status: "pa_horing", date: "2012-11-15" },
    { status: "standardisert", date: "2013-01-15" },
  ],
  plannedEvaluationDate: "2014-01-15",
  evaluations: [],
  organisationIds: [1, 2],
  standardisations: [
    { organisationId: 1, date: "2013-01-21" },
    { organisationId: 2, date: "2013-02-04" },
  ],
  hearingDates: ["2012-11-15"],
  agreementAreaIds: ["avtale-2"],
};

/** A second prioritised tiltak, still being tried out. */
const ansvarsgruppe: TiltakFacts = {
  id: 2,
  title: "Felles mal for ansvarsgruppemøter",
  priority: "prioritert",
  statusHistory: [
    { status: "ide", date: "2012-06-05" },
    { status: "utproving", date: "2012-09-03" },
  ],
  plannedEvaluationDate: "2013-10-01",
  evaluations: [],
  organisationIds: [1, 2],
  standardisations: [],
  hearingDates: [],
  agreementAreaIds: [],
};

const leaderLevels = [
  { id: "toppledelse", name: "Toppledelse (rådmann, direktør)" },
  { id: "mellomleder", name: "Mellomleder (klinikk, tjenesteområde)" },
  { id: "forstelinjeleder", name: "Førstelinjeleder (avdeling, enhet)" },
];

const kriseplanMeasure: ReadinessInput["measures"][number] = {
  id: 1,
  name: "Andel pasienter med kriseplan",
  continuesSince: "2013-05-02",
  ownerAfterProject: "Enhetsleder psykisk helse og rus, Grong kommune",
  pointDates: monthly("2012-06", 13),
  goalIds: [1, 2],
  isIllustrative: false,
};

/** Raters of the given organisation levels who handed in on a day. */
const handedIn = (submittedAt: string | null, ...levels: string[]) => levels.map((level) => ({ level, submittedAt }));

const round: ReadinessInput["sustainabilityRounds"][number] = {
  startedAt: "2013-04-10T09:00:00Z",
  signedAt: "2013-05-02T13:30:00Z",
  weakFactorsWithoutAction: [],
  raters: handedIn("2013-04-20", "kommune", "spesialisthelsetjeneste", "bruker_parorende"),
};

const usersInput: ReadinessInput["conferenceInputs"][number] = {
  date: "2012-10-12",
  usersTookPart: true,
  raisedByUsers: true,
  followUp: "tatt_inn_i_tiltak",
  followedUpOn: "2012-11-20",
};

/** Every check passes on `asOf`. */
const ready: ReadinessInput = {
  asOf,
  organisations: [
    { id: 1, name: "Grong kommune", level: "kommune" },
    { id: 2, name: "Sykehuset Namsos", level: "spesialisthelsetjeneste" },
    { id: 3, name: "Mental Helse Namdalen", level: "bruker_parorende" },
  ],
  leaderLevels,
  leaderReaches: [1, 2].flatMap((organisationId) =>
    leaderLevels.map((l, i) => ({ organisationId, date: `2013-02-1${i}`, leaderLevel: l.id })),
  ),
  staffReaches: [
    { organisationId: 1, date: "2013-03-12" },
    { organisationId: 2, date: "2013-04-09" },
  ],
  userReaches: [{ organisationId: 3, date: "2013-03-20" }],
  tiltak: [kriseplan],
  measures: [kriseplanMeasure],
  goals: [
    { id: 1, kind: "hovedmal", number: null, title: "En helhetlig samhandlingsmodell for psykisk helse og rus i Namdalen" },
    { id: 2, kind: "delmal", number: 1, title: "Alle med alvorlig psykisk lidelse har en individuell kriseplan" },
  ],
  members: [
    { level: "spesialisthelsetjeneste", since: "2011-01-03" },
    { level: "kommune", since: "2011-02-01" },
  ],
  groupMembers: [
    { groupKind: "prosjektgruppe", groupName: "Prosjektgruppa", level: "bruker_parorende", function: "Brukerrepresentant", since: "2012-02-01" },
    { groupKind: "styringsgruppe", groupName: "Styringsgruppa", level: "kommune", function: "Kommunalsjef helse", since: "2011-01-03" },
  ],
  conferenceInputs: [usersInput],
  analysisActivityDates: [],
  sustainabilityRounds: [round],
  manual: {},
};

const CHECK_IDS = [
  "standardisering-dokumentert",
  "horing-og-evaluering",
  "evaluering-planlagt",
  "malinger-i-drift",
  "mal-har-data",
  "forankret-bredt",
  "ledere-forankret",
  "medarbeidere-forankret",
  "brukerrepresentant",
  "brukerinnspill",
  "innspill-fulgt-opp",
  "brukere-i-utformingen",
  "samarbeidsavtaler",
  "barekraftsrunde",
  "kontrollere-data",
  "prioriterte-tiltak-ferdige",
];

const check = (input: ReadinessInput, id: string) => {
  const found = assessReadiness(input).checks.find((c) => c.id === id);
  if (!found) throw new Error(`No check ${id}`);
  return found;
};
const status = (input: ReadinessInput, id: string) => check(input, id).status;
const withKriseplan = (changes: Partial<TiltakFacts>): ReadinessInput => ({ ...ready, tiltak: [{ ...kriseplan, ...changes }] });
const withMeasure = (changes: Partial<ReadinessInput["measures"][number]>): ReadinessInput => ({ ...ready, measures: [{ ...kriseplanMeasure, ...changes }] });
const standardisedOn = (date: string) => [...kriseplan.statusHistory.slice(0, 4), { status: "standardisert", date }];

describe("the ready fixture", () => {
  it("passes every check the domain produces, so each test below varies one fact", () => {
    const result = assessReadiness(ready);
    expect(result.checks.map((c) => c.id)).toEqual(CHECK_IDS);
    expect(result.checks.filter((c) => c.status !== "bestatt").map((c) => [c.id, c.status, c.detail])).toEqual([]);
    expect(result).toMatchObject({ verdict: "klar", todo: [] });
  });
});

describe("tiltakAsOf", () => {
  it("does not exist before its first status", () => {
    expect(tiltakAsOf(kriseplan, "2012-01-09")).toBeNull();
    expect(tiltakAsOf(kriseplan, "2012-01-10")).toMatchObject({ status: "ide", lastChange: "2012-01-10" });
  });

  it("has the status, standardisations and hearings known on the day", () => {
    expect(tiltakAsOf(kriseplan, "2012-12-31")).toMatchObject({
      status: "pa_horing",
      standardisedOrganisationIds: [],
      hasHearing: true,
      heardBeforeStandardised: true,
      evaluated: false,
      nextEvaluationDate: "2014-01-15",
    });
    expect(tiltakAsOf(kriseplan, "2013-01-31")).toMatchObject({ status: "standardisert", standardisedOrganisationIds: [1] });
    expect(tiltakAsOf(kriseplan, "2013-02-04")).toMatchObject({ standardisedOrganisationIds: [1, 2] });
    // A hearing sent after the day is not known, even though it came before the standardisation.
    expect(tiltakAsOf(kriseplan, "2012-11-14")).toMatchObject({ hasHearing: false, heardBeforeStandardised: false });
  });

  it("takes the next evaluation and the last change from the latest evaluation on or before the day", () => {
    const evaluated: TiltakFacts = {
      ...kriseplan,
      statusHistory: [...kriseplan.statusHistory, { status: "evaluert", date: "2013-04-10" }],
      evaluations: [
        { date: "2013-09-02", decision: "avslutte", nextEvaluationDate: null },
        { date: "2013-04-10", decision: "justere", nextEvaluationDate: "2014-04-01" },
      ],
    };
    expect(tiltakAsOf(evaluated, "2013-04-09")).toMatchObject({ status: "standardisert", evaluated: false, nextEvaluationDate: "2014-01-15", stopped: false });
    expect(tiltakAsOf(evaluated, asOf)).toMatchObject({ status: "evaluert", evaluated: true, nextEvaluationDate: "2014-04-01", stopped: false, lastChange: "2013-04-10" });
    expect(tiltakAsOf(evaluated, "2013-09-02")).toMatchObject({ nextEvaluationDate: null, stopped: true, lastChange: "2013-09-02" });
  });
});

describe("factsAsOf", () => {
  it("keeps only what was true on the day", () => {
    const input: ReadinessInput = {
      ...ready,
      tiltak: [kriseplan, { ...ansvarsgruppe, statusHistory: [{ status: "ide", date: dayAfter }] }],
      members: [...ready.members, { level: "nav", since: dayAfter }],
      userReaches: [...ready.userReaches, { organisationId: 3, date: dayAfter }, { organisationId: 1, date: "2013-03-20" }],
      measures: [{ ...kriseplanMeasure, pointDates: [...kriseplanMeasure.pointDates, "2013-07-01"], continuesSince: dayAfter }],
      conferenceInputs: [{ ...usersInput, followedUpOn: dayAfter }, { ...usersInput, date: dayAfter }],
      analysisActivityDates: ["2013-06-30", "2013-07-01"],
      manual: {
        "brukere-i-utformingen": { status: "bestatt", evidence: "Referat", notRelevantReason: "", answeredOn: dayAfter },
        barekraftsrunde: { status: "ikke_relevant", evidence: "", notRelevantReason: "Ingen runder", answeredOn: "2013-06-30T10:00:00Z" },
      },
    };
    const facts = factsAsOf(input);
    expect(facts.tiltak.map((t) => t.title)).toEqual(["Individuell kriseplan"]);
    expect(facts.members).toHaveLength(2);
    // Only reaches of user organisations, and only those by the day.
    expect(facts.userReaches).toEqual([{ organisationId: 3, date: "2013-03-20" }]);
    expect(facts.measures[0]).toMatchObject({ pointCount: 13, latestDate: "2013-06-01", continuesAfterProject: false });
    expect(facts.conferenceInputs).toEqual([{ ...usersInput, followedUpOn: dayAfter, followUp: "ikke_vurdert" }]);
    expect(facts.analysisActivities).toBe(1);
    expect(Object.keys(facts.manual)).toEqual(["barekraftsrunde"]);
  });

  it("takes the latest round signed by the day, and the raters who had handed in by then", () => {
    const facts = factsAsOf({
      ...ready,
      sustainabilityRounds: [
        { startedAt: "2013-06-01", signedAt: "2013-07-03T10:00:00Z", weakFactorsWithoutAction: ["Infrastruktur"], raters: [...handedIn("2013-06-15", "nav"), ...handedIn(dayAfter, "kommune"), ...handedIn(null, "bruker_parorende")] },
        round,
        { startedAt: "2012-10-01", signedAt: "2012-11-05T12:00:00Z", weakFactorsWithoutAction: [], raters: handedIn("2012-10-20", "kommune") },
        { startedAt: dayAfter, signedAt: null, weakFactorsWithoutAction: [], raters: handedIn(dayAfter, "fastlege") },
      ],
    });
    expect(facts.latestSignedRound).toMatchObject({ signedAt: "2013-05-02T13:30:00Z" });
    // Only raters who had handed in by the day: not one who handed in later or not at all.
    expect(facts.raterLevels).toEqual(["nav", "kommune", "spesialisthelsetjeneste", "bruker_parorende", "kommune"]);
  });
});

describe("userInvolvement", () => {
  it("counts user organisations reached, representatives in design groups, user inputs taken into tiltak and raters, as of the day", () => {
    const facts = factsAsOf({
      ...ready,
      userReaches: [...ready.userReaches, { organisationId: 3, date: "2013-05-02" }, { organisationId: 4, date: "2013-05-02" }],
      organisations: [...ready.organisations, { id: 4, name: "LPP Nord-Trøndelag", level: "bruker_parorende" }],
      groupMembers: [
        ...ready.groupMembers,
        { groupKind: "arbeidsgruppe", groupName: "Arbeidsgruppe kriseplan", level: null, function: "Erfaringskonsulent, brukerrepresentant", since: "2013-01-10" },
        { groupKind: "arbeidsgruppe", groupName: "Arbeidsgruppe ansvarsgruppe", level: "bruker_parorende", function: "Pårørenderepresentant", since: dayAfter },
      ],
      conferenceInputs: [usersInput, { ...usersInput, raisedByUsers: false }, { ...usersInput, followedUpOn: dayAfter }],
    });
    expect(userInvolvement(facts)).toEqual({
      reachedAsAudience: 2,
      representativeGroups: ["Prosjektgruppa", "Arbeidsgruppe kriseplan"],
      inputsInTiltak: 1,
      ratingUsers: 1,
    });
  });
});

describe("measuresAnalysedAgainstGoals", () => {
  it("needs real data tied to a goal with at least ten points by the day", () => {
    const analysed = (m: Partial<ReadinessInput["measures"][number]>) => measuresAnalysedAgainstGoals(factsAsOf(withMeasure(m))).length;
    expect(analysed({ pointDates: monthly("2012-09", 10) })).toBe(1);
    expect(analysed({ pointDates: monthly("2012-10", 10) })).toBe(0); // the tenth point is 01.07.2013
    expect(analysed({ goalIds: [] })).toBe(0);
    expect(analysed({ isIllustrative: true })).toBe(0);
  });
});

describe("assessReadiness as of a day", () => {
  it("does not know a tiltak whose first status is dated after the day", () => {
    const registered = (date: string) => ({ ...ready, tiltak: [kriseplan, { ...ansvarsgruppe, statusHistory: [{ status: "ide", date }] }] });
    expect(status(registered(dayAfter), "prioriterte-tiltak-ferdige")).toBe("bestatt");
    expect(status(registered(dayAfter), "samarbeidsavtaler")).toBe("bestatt");
    expect(status(registered(asOf), "prioriterte-tiltak-ferdige")).toBe("ikke_bestatt");
    expect(status(registered(asOf), "samarbeidsavtaler")).toBe("advarsel");
  });

  it("ignores manual answers given after the day", () => {
    const answered = (answeredOn: string): ReadinessInput => ({
      ...ready,
      staffReaches: [],
      manual: { "medarbeidere-forankret": { status: "ikke_relevant", evidence: "", notRelevantReason: "Tiltakene berører ikke de ansattes praksis", answeredOn } },
    });
    expect(check(answered(dayAfter), "medarbeidere-forankret")).toMatchObject({ status: "ikke_bestatt", evidence: "" });
    expect(check(answered("2013-06-30T16:00:00Z"), "medarbeidere-forankret")).toMatchObject({
      status: "ikke_relevant",
      detail: "Ikke relevant: Tiltakene berører ikke de ansattes praksis",
      todo: null,
    });
  });
});

describe("standardisering-dokumentert", () => {
  const id = "standardisering-dokumentert";

  it("ignores a routine written after the day", () => {
    const documented = (date: string) => withKriseplan({ standardisations: [kriseplan.standardisations[0], { organisationId: 2, date }] });
    expect(check(documented(dayAfter), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "Mangler rutine eller retningslinje i noen organisasjoner: Individuell kriseplan (1 av 2).",
    });
    expect(status(documented(asOf), id)).toBe("bestatt");
  });

  it("warns while no tiltak was standardised on the day", () => {
    expect(check(withKriseplan({ statusHistory: standardisedOn(dayAfter) }), id)).toMatchObject({ status: "advarsel", detail: "Ingen tiltak er standardisert ennå." });
    expect(status(withKriseplan({ statusHistory: standardisedOn(asOf) }), id)).toBe("bestatt");
  });

  it("holds an evaluated tiltak to the same", () => {
    const evaluated = withKriseplan({
      statusHistory: [...kriseplan.statusHistory, { status: "evaluert", date: "2013-05-06" }],
      evaluations: [{ date: "2013-05-06", decision: "fortsette", nextEvaluationDate: "2014-05-01" }],
      standardisations: [kriseplan.standardisations[0]],
    });
    expect(status(evaluated, id)).toBe("ikke_bestatt");
  });
});

describe("horing-og-evaluering", () => {
  const id = "horing-og-evaluering";

  it("needs the hearing before the standardisation, not after it or after the day", () => {
    expect(check(withKriseplan({ hearingDates: ["2013-02-01"] }), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "Mangler høring før standardiseringen eller dato for neste evaluering: Individuell kriseplan.",
    });
    expect(status(withKriseplan({ hearingDates: [dayAfter] }), id)).toBe("ikke_bestatt");
    expect(status(withKriseplan({ hearingDates: ["2013-01-15"] }), id)).toBe("bestatt");
    expect(status(withKriseplan({ hearingDates: ["2013-02-01", "2012-12-03"] }), id)).toBe("bestatt");
  });

  it("measures 'before the standardisation' against a standardisation dated on the day", () => {
    const late = withKriseplan({ statusHistory: standardisedOn(asOf), hearingDates: ["2013-06-30"] });
    expect(status(late, id)).toBe("bestatt");
  });

  it("needs a date for the next evaluation", () => {
    expect(status(withKriseplan({ plannedEvaluationDate: null }), id)).toBe("ikke_bestatt");
  });

  it("warns while nothing was standardised on the day", () => {
    expect(check(withKriseplan({ statusHistory: standardisedOn(dayAfter) }), id)).toMatchObject({ status: "advarsel", detail: "Ingen tiltak er standardisert ennå." });
  });
});

describe("evaluering-planlagt", () => {
  const id = "evaluering-planlagt";

  it("fails a planned evaluation that has passed, until an evaluation on or before the day sets the next", () => {
    const overdue = { plannedEvaluationDate: "2013-05-01" };
    expect(check(withKriseplan(overdue), id)).toMatchObject({ status: "ikke_bestatt", detail: "Forsinket evaluering: Individuell kriseplan." });
    const evaluatedOn = (date: string) => withKriseplan({ ...overdue, evaluations: [{ date, decision: "fortsette", nextEvaluationDate: "2014-05-01" }] });
    expect(status(evaluatedOn(dayAfter), id)).toBe("ikke_bestatt");
    expect(status(evaluatedOn(asOf), id)).toBe("bestatt");
  });

  it("ignores the next date set by an evaluation after the day", () => {
    const evaluatedOn = (date: string) => withKriseplan({ evaluations: [{ date, decision: "justere", nextEvaluationDate: "2015-09-01" }] });
    expect(status(evaluatedOn(dayAfter), id)).toBe("bestatt");
    expect(check(evaluatedOn(asOf), id)).toMatchObject({ status: "advarsel", detail: "Uten evaluering de neste tolv månedene: Individuell kriseplan." });
  });

  it("reads the latest evaluation, whatever order they were recorded in", () => {
    const input = withKriseplan({
      evaluations: [
        { date: "2013-04-02", decision: "fortsette", nextEvaluationDate: "2014-04-01" },
        { date: "2012-10-01", decision: "justere", nextEvaluationDate: "2013-03-01" },
      ],
    });
    expect(status(input, id)).toBe("bestatt");
  });

  it("counts an evaluation due on the day as on time, and one twelve months ahead as planned", () => {
    expect(status(withKriseplan({ plannedEvaluationDate: asOf }), id)).toBe("bestatt");
    expect(status(withKriseplan({ plannedEvaluationDate: "2014-06-30" }), id)).toBe("bestatt");
    expect(status(withKriseplan({ plannedEvaluationDate: "2014-07-01" }), id)).toBe("advarsel");
    expect(status(withKriseplan({ plannedEvaluationDate: null }), id)).toBe("advarsel");
  });

  it("leaves out a tiltak stopped on or before the day, and ideas", () => {
    const stoppedOn = (date: string): ReadinessInput => ({
      ...ready,
      tiltak: [kriseplan, { ...ansvarsgruppe, plannedEvaluationDate: "2013-03-01", evaluations: [{ date, decision: "avslutte", nextEvaluationDate: null }] }],
    });
    expect(check(stoppedOn(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", detail: "Forsinket evaluering: Felles mal for ansvarsgruppemøter." });
    expect(status(stoppedOn(asOf), id)).toBe("bestatt");
    const idea = { ...ansvarsgruppe, statusHistory: [{ status: "ide", date: "2013-03-01" }], plannedEvaluationDate: null };
    expect(status({ ...ready, tiltak: [kriseplan, idea] }, id)).toBe("bestatt");
  });
});

describe("malinger-i-drift", () => {
  const id = "malinger-i-drift";

  it("counts a measure as continuing from the day that was decided", () => {
    expect(check(withMeasure({ continuesSince: dayAfter }), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "Ingen målinger er satt til å fortsette etter prosjektet; det er ikke avklart hvilke måleverktøy driften skal bruke.",
    });
    expect(status(withMeasure({ continuesSince: asOf }), id)).toBe("bestatt");
    expect(status(withMeasure({ continuesSince: null }), id)).toBe("ikke_bestatt");
  });

  it("needs data from the last half year, not counting points after the day", () => {
    const latest = (date: string) => withMeasure({ pointDates: [...monthly("2012-01", 12), date] });
    expect(check(latest(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", detail: "Mangler eier eller data fra det siste halvåret: Andel pasienter med kriseplan." });
    expect(status(latest(asOf), id)).toBe("bestatt");
    expect(status(latest("2012-12-30"), id)).toBe("bestatt");
    expect(status(latest("2012-12-29"), id)).toBe("ikke_bestatt");
  });

  it("needs an owner in operation, and does not count illustrative data", () => {
    expect(status(withMeasure({ ownerAfterProject: "  " }), id)).toBe("ikke_bestatt");
    expect(status(withMeasure({ isIllustrative: true }), id)).toBe("ikke_bestatt");
  });
});

describe("mal-har-data", () => {
  const id = "mal-har-data";

  it("does not count points dated after the day", () => {
    expect(check(withMeasure({ pointDates: [dayAfter, "2013-08-01"] }), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "Det finnes ingen data å analysere hovedmålet mot. Uten måling med data: hovedmålet, delmål 1.",
    });
    expect(status(withMeasure({ pointDates: [asOf] }), id)).toBe("bestatt");
  });

  it("names the subgoal without data", () => {
    expect(check(withMeasure({ goalIds: [1] }), id)).toMatchObject({ status: "ikke_bestatt", detail: "Uten måling med data: delmål 1." });
  });

  it("does not count illustrative data, and fails a project without goals", () => {
    expect(status(withMeasure({ isIllustrative: true }), id)).toBe("ikke_bestatt");
    expect(check({ ...ready, goals: [] }, id)).toMatchObject({ status: "ikke_bestatt", detail: "Prosjektet har ingen mål." });
  });
});

describe("forankret-bredt", () => {
  const id = "forankret-bredt";

  it("ignores anchoring work after the day", () => {
    const reachedOn = (date: string): ReadinessInput => ({
      ...ready,
      leaderReaches: [...ready.leaderReaches.filter((r) => r.organisationId === 1), { organisationId: 2, date, leaderLevel: "toppledelse" }],
      staffReaches: ready.staffReaches.filter((r) => r.organisationId === 1),
    });
    expect(check(reachedOn(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", detail: "Aldri nådd av forankringsarbeid: Sykehuset Namsos." });
    expect(status(reachedOn(asOf), id)).toBe("bestatt");
  });

  it("credits staff-facing work as well as leaders, and old work as well as new", () => {
    expect(status({ ...ready, leaderReaches: [] }, id)).toBe("bestatt");
    expect(status({ ...ready, leaderReaches: [], staffReaches: [{ organisationId: 1, date: "2011-03-01" }, { organisationId: 2, date: "2011-04-01" }] }, id)).toBe("bestatt");
  });

  it("warns when no service organisation takes part", () => {
    expect(status({ ...ready, organisations: [ready.organisations[2]] }, id)).toBe("advarsel");
  });
});

describe("ledere-forankret", () => {
  const id = "ledere-forankret";
  const mellomlederSykehuset = (date: string): ReadinessInput => ({
    ...ready,
    leaderReaches: ready.leaderReaches.map((r) => (r.organisationId === 2 && r.leaderLevel === "mellomleder" ? { ...r, date } : r)),
  });

  it("ignores a leader reached after the day", () => {
    expect(check(mellomlederSykehuset(dayAfter), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "Ledere på alle nivåer er ennå ikke nådd de siste tolv månedene: Sykehuset Namsos (mellomleder).",
    });
    expect(status(mellomlederSykehuset(asOf), id)).toBe("bestatt");
  });

  it("needs every level within the last twelve months", () => {
    expect(status(mellomlederSykehuset("2012-06-30"), id)).toBe("bestatt");
    expect(status(mellomlederSykehuset("2012-06-29"), id)).toBe("ikke_bestatt");
  });

  it("names each organisation's missing levels", () => {
    const input = { ...ready, leaderReaches: ready.leaderReaches.filter((r) => r.organisationId === 2) };
    expect(check(input, id).detail).toContain("Grong kommune (toppledelse, mellomleder, førstelinjeleder)");
  });
});

describe("medarbeidere-forankret", () => {
  const id = "medarbeidere-forankret";

  it("ignores staff meetings after the day", () => {
    const staffOn = (date: string) => ({ ...ready, staffReaches: [ready.staffReaches[0], { organisationId: 2, date }] });
    expect(check(staffOn(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", detail: "Ingen slik aktivitet registrert i: Sykehuset Namsos." });
    expect(status(staffOn(asOf), id)).toBe("bestatt");
  });

  it("is not satisfied by leaders alone", () => {
    expect(status({ ...ready, staffReaches: [ready.staffReaches[0]] }, id)).toBe("ikke_bestatt");
  });
});

describe("brukerrepresentant", () => {
  const id = "brukerrepresentant";
  const representative = ready.groupMembers[0];
  const steering = ready.groupMembers[1];

  it("ignores a representative who joined a design group after the day", () => {
    const joined = (since: string) => ({ ...ready, groupMembers: [{ ...representative, since }, steering] });
    expect(check(joined(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", detail: "Ingen i prosjektet representerer brukerne." });
    expect(check(joined(asOf), id)).toMatchObject({ status: "bestatt", detail: "Prosjektet har en representant for brukerne i Prosjektgruppa." });
  });

  it("ignores a member from a user organisation who joined after the day", () => {
    const member = (since: string) => ({ ...ready, groupMembers: [steering], members: [...ready.members, { level: "bruker_parorende", since }] });
    expect(status(member(dayAfter), id)).toBe("ikke_bestatt");
    expect(check(member(asOf), id)).toMatchObject({ status: "bestatt", detail: "Prosjektet har en representant for brukerne blant medlemmene." });
  });

  it("does not count a user in the steering group alone, and counts a representative by function", () => {
    expect(status({ ...ready, groupMembers: [{ ...representative, groupKind: "styringsgruppe", groupName: "Styringsgruppa" }] }, id)).toBe("ikke_bestatt");
    const byFunction = { groupKind: "arbeidsgruppe", groupName: "Arbeidsgruppe kriseplan", level: null, function: "Brukerrepresentant fra Mental Helse", since: "2012-09-01" };
    expect(check({ ...ready, groupMembers: [byFunction] }, id).detail).toBe("Prosjektet har en representant for brukerne i Arbeidsgruppe kriseplan.");
  });
});

describe("brukerinnspill", () => {
  const id = "brukerinnspill";

  it("ignores a conference after the day", () => {
    expect(status({ ...ready, conferenceInputs: [{ ...usersInput, date: dayAfter, followedUpOn: null, followUp: "ikke_vurdert" }] }, id)).toBe("ikke_bestatt");
    expect(status({ ...ready, conferenceInputs: [{ ...usersInput, date: asOf, followedUpOn: null, followUp: "ikke_vurdert" }] }, id)).toBe("bestatt");
  });

  it("needs users to have taken part", () => {
    expect(check({ ...ready, conferenceInputs: [{ ...usersInput, usersTookPart: false }] }, id)).toMatchObject({ status: "ikke_bestatt", detail: "Ingen innspill fra brukere er registrert." });
  });
});

describe("innspill-fulgt-opp", () => {
  const id = "innspill-fulgt-opp";
  const input = (date: string, followedUpOn: string | null) => ({ ...ready, conferenceInputs: [{ ...usersInput, date, followedUpOn }] });

  it("counts an input followed up after the day as open", () => {
    expect(check(input("2013-05-15", dayAfter), id)).toMatchObject({ status: "advarsel", detail: "1 av 1 innspill er ikke fulgt opp." });
    expect(check(input("2013-05-15", asOf), id)).toMatchObject({ status: "bestatt", detail: "Alle 1 innspill er fulgt opp: tatt inn i tiltak, besvart eller avvist med begrunnelse." });
  });

  it("fails an input open for more than three months after its conference", () => {
    expect(check(input("2013-03-29", dayAfter), id)).toMatchObject({
      status: "ikke_bestatt",
      detail: "1 av 1 innspill er ikke fulgt opp, 1 av dem mer enn 3 måneder etter konferansen.",
    });
    expect(status(input("2013-03-30", dayAfter), id)).toBe("advarsel");
    expect(status(input("2013-03-29", null), id)).toBe("ikke_bestatt");
  });

  it("does not count inputs from a conference after the day", () => {
    expect(check(input(dayAfter, null), id)).toMatchObject({ status: "bestatt", detail: "Ingen innspill fra dialogkonferanser er registrert." });
  });
});

describe("brukere-i-utformingen", () => {
  const id = "brukere-i-utformingen";
  const [representative, steering] = ready.groupMembers;

  it("passes with a representative in a design group, user input taken into tiltak and users among the raters", () => {
    const passed = check(ready, id);
    expect(passed).toMatchObject({ status: "bestatt", todo: null, acceptsAnswer: true, manualOnly: false });
    expect(passed.detail).toBe(
      "Brukerne er med i utformingen: brukerrepresentant i Prosjektgruppa; 1 innspill fra brukerorganisasjoner er tatt inn i tiltak; brukere er med og vurderer arbeidet i bærekraftsrundene. 1 brukerorganisasjon er nådd med informasjon.",
    );
  });

  it("ignores a representative who joined after the day", () => {
    const joined = (since: string) => ({ ...ready, groupMembers: [{ ...representative, since }, steering] });
    const missing = check(joined(dayAfter), id);
    expect(missing.status).toBe("ikke_bestatt");
    expect(missing.detail).toContain("Mangler: brukerrepresentant i prosjektgruppen eller en arbeidsgruppe.");
    expect(status(joined(asOf), id)).toBe("bestatt");
  });

  it("ignores a user input taken into a tiltak after the day", () => {
    const followed = (followedUpOn: string) => ({ ...ready, conferenceInputs: [{ ...usersInput, followedUpOn }] });
    expect(check(followed(dayAfter), id).detail).toContain("Mangler: innspill fra brukerorganisasjoner som er tatt inn i tiltak.");
    expect(status(followed(asOf), id)).toBe("bestatt");
    expect(status({ ...ready, conferenceInputs: [{ ...usersInput, raisedByUsers: false }] }, id)).toBe("ikke_bestatt");
  });

  it("ignores users rating in a round started after the day", () => {
    const userRound = (startedAt: string): ReadinessInput => ({
      ...ready,
      sustainabilityRounds: [{ ...round, raters: handedIn("2013-04-20", "kommune") }, { startedAt, signedAt: null, weakFactorsWithoutAction: [], raters: handedIn(startedAt, "bruker_parorende") }],
    });
    expect(check(userRound(dayAfter), id).detail).toContain("Mangler: brukere blant dem som vurderer arbeidet i bærekraftsrundene.");
    expect(status(userRound(asOf), id)).toBe("bestatt");
  });

  it("lets an answer given by the day raise it, with its evidence", () => {
    const answered = (answeredOn: string): ReadinessInput => ({
      ...ready,
      sustainabilityRounds: [{ ...round, raters: handedIn("2013-04-20", "kommune") }],
      manual: { [id]: { status: "bestatt", evidence: "Brukerpanelet vurderte forløpet på møtet 12.06.2013", notRelevantReason: "", answeredOn } },
    });
    expect(check(answered(dayAfter), id)).toMatchObject({ status: "ikke_bestatt", evidence: "" });
    expect(check(answered("2013-06-12"), id)).toMatchObject({ status: "bestatt", todo: null, evidence: "Brukerpanelet vurderte forløpet på møtet 12.06.2013" });
  });

  it("never lets an answer lower what the data shows", () => {
    const input = { ...ready, manual: { [id]: { status: "ikke_bestatt" as const, evidence: "Usikker", notRelevantReason: "", answeredOn: "2013-06-01" } } };
    expect(status(input, id)).toBe("bestatt");
  });

  it("lets an answer add nothing to a check the data decides alone", () => {
    const input: ReadinessInput = {
      ...ready,
      staffReaches: [ready.staffReaches[0]],
      manual: { "medarbeidere-forankret": { status: "bestatt", evidence: "Tatt opp på fagdag", notRelevantReason: "", answeredOn: "2013-06-01" } },
    };
    expect(check(input, "medarbeidere-forankret")).toMatchObject({ status: "ikke_bestatt", acceptsAnswer: false });
  });
});

describe("samarbeidsavtaler", () => {
  const id = "samarbeidsavtaler";

  it("ties the prioritised tiltak in the services to an agreement", () => {
    expect(check({ ...ready, tiltak: [kriseplan, ansvarsgruppe] }, id)).toMatchObject({ status: "advarsel", detail: "Prioriterte tiltak uten avtale: Felles mal for ansvarsgruppemøter." });
    expect(status({ ...ready, tiltak: [ansvarsgruppe] }, id)).toBe("ikke_bestatt");
  });

  it("leaves out the project's own work, tiltak not prioritised and tiltak not registered by the day", () => {
    const own = { ...ansvarsgruppe, id: 3, title: "Erfaringsnotat", organisationIds: [] };
    const notPrioritised = { ...ansvarsgruppe, id: 4, priority: "ikke_prioritert" };
    const later = { ...ansvarsgruppe, id: 5, statusHistory: [{ status: "ide", date: dayAfter }] };
    expect(status({ ...ready, tiltak: [kriseplan, own, notPrioritised, later] }, id)).toBe("bestatt");
    expect(check({ ...ready, tiltak: [own] }, id)).toMatchObject({ status: "advarsel", detail: "Ingen prioriterte tiltak involverer organisasjonene ennå." });
  });
});

describe("barekraftsrunde", () => {
  const id = "barekraftsrunde";

  it("ignores a signature after the day", () => {
    const signed = (signedAt: string) => ({ ...ready, sustainabilityRounds: [{ ...round, signedAt }] });
    expect(check(signed("2013-07-01T08:00:00Z"), id)).toMatchObject({ status: "ikke_bestatt", detail: "Ingen bærekraftsrunde er signert." });
    expect(status(signed("2013-06-30T21:00:00Z"), id)).toBe("bestatt");
    expect(status({ ...ready, sustainabilityRounds: [{ ...round, signedAt: null }] }, id)).toBe("ikke_bestatt");
  });

  it("reads the latest round signed by the day, not one signed after it", () => {
    const later = (signedAt: string) => ({
      ...ready,
      sustainabilityRounds: [round, { startedAt: "2013-06-03", signedAt, weakFactorsWithoutAction: ["Infrastruktur", "Organisasjonskultur"], raters: [] }],
    });
    expect(status(later("2013-07-02T10:00:00Z"), id)).toBe("bestatt");
    expect(check(later("2013-06-30T10:00:00Z"), id)).toMatchObject({ status: "advarsel", detail: "Svake faktorer uten planlagt tiltak: Infrastruktur, Organisasjonskultur." });
  });

  it("needs the round signed within the last half year", () => {
    const signed = (signedAt: string) => ({ ...ready, sustainabilityRounds: [{ ...round, startedAt: "2012-11-01", signedAt }] });
    expect(check(signed("2012-12-29T12:00:00Z"), id)).toMatchObject({ status: "ikke_bestatt", detail: "Siste signerte runde er eldre enn et halvt år (29.12.2012)." });
    expect(status(signed("2012-12-30T12:00:00Z"), id)).toBe("bestatt");
  });
});

describe("kontrollere-data", () => {
  const id = "kontrollere-data";
  const tenthPoint = (date: string) => withMeasure({ pointDates: [...monthly("2012-09", 9), date] });

  it("does not count the tenth point when it is dated after the day", () => {
    expect(status(tenthPoint(dayAfter), id)).toBe("ikke_bestatt");
    expect(status(tenthPoint(asOf), id)).toBe("bestatt");
  });

  it("warns when analysis work was done by the day without enough data, and ignores such work after it", () => {
    const analysed = (date: string) => ({ ...tenthPoint(dayAfter), analysisActivityDates: [date] });
    expect(status(analysed(dayAfter), id)).toBe("ikke_bestatt");
    expect(status(analysed(asOf), id)).toBe("advarsel");
  });

  it("needs the measure tied to a goal and real data", () => {
    expect(status(withMeasure({ goalIds: [] }), id)).toBe("ikke_bestatt");
    expect(status(withMeasure({ isIllustrative: true }), id)).toBe("ikke_bestatt");
  });
});

describe("prioriterte-tiltak-ferdige", () => {
  const id = "prioriterte-tiltak-ferdige";

  it("ignores a standardisation dated after the day", () => {
    expect(check(withKriseplan({ statusHistory: standardisedOn(dayAfter) }), id)).toMatchObject({ status: "ikke_bestatt", detail: "Ikke ferdig: Individuell kriseplan." });
    expect(status(withKriseplan({ statusHistory: standardisedOn(asOf) }), id)).toBe("bestatt");
  });

  it("reads the status on the day, also when it was moved back", () => {
    const movedBack = (date: string) => withKriseplan({ statusHistory: [...kriseplan.statusHistory, { status: "utproving", date }] });
    expect(status(movedBack("2013-04-01"), id)).toBe("ikke_bestatt");
    expect(status(movedBack(dayAfter), id)).toBe("bestatt");
  });

  it("counts evaluated as finished, ignores tiltak not prioritised, and warns with none prioritised", () => {
    expect(status(withKriseplan({ statusHistory: [...kriseplan.statusHistory, { status: "evaluert", date: "2013-05-06" }] }), id)).toBe("bestatt");
    expect(status({ ...ready, tiltak: [kriseplan, { ...ansvarsgruppe, priority: "ikke_prioritert" }] }, id)).toBe("bestatt");
    expect(check({ ...ready, tiltak: [{ ...kriseplan, priority: "ikke_prioritert" }] }, id)).toMatchObject({ status: "advarsel", detail: "Ingen tiltak er prioritert ennå." });
  });
});

describe("the verdict", () => {
  it("is almost ready with only warnings, and lists nothing to do for them", () => {
    const result = assessReadiness({ ...ready, conferenceInputs: [{ ...usersInput, date: "2013-05-15", followedUpOn: null }, usersInput] });
    expect(result.checks.find((c) => c.id === "innspill-fulgt-opp")?.status).toBe("advarsel");
    expect(result).toMatchObject({ verdict: "nesten", todo: [] });
  });

  it("is not ready with a failed check, and lists one line per open check", () => {
    const result = assessReadiness({ ...ready, staffReaches: [ready.staffReaches[0]], tiltak: [kriseplan, ansvarsgruppe] });
    expect(result.verdict).toBe("ikke_klar");
    expect(result.todo).toEqual([
      "Ta opp det nye forløpet på personalmøter, i internundervisning og i opplæringen av nyansatte.",
      "Gjør ferdig de prioriterte tiltakene, blant dem forløpet selv, og få dem standardisert.",
    ]);
  });
});

describe("defaultAssessmentDate", () => {
  it("assesses an ended project as of its end date and a running one as of today", () => {
    expect(defaultAssessmentDate({ endDate: "2013-12-31" }, "2026-11-22")).toBe("2013-12-31");
    expect(defaultAssessmentDate({ endDate: "2027-06-30" }, "2026-11-22")).toBe("2026-11-22");
    expect(defaultAssessmentDate({ endDate: null }, "2026-11-22")).toBe("2026-11-22");
  });
});
