import { describe, expect, it } from "vitest";
import { assessCriterion, criteriaEvidence, type CriteriaEvidence } from "./funder-criteria";
import { factsAsOf, type ReadinessInput, type TiltakFacts } from "./readiness";

const none: CriteriaEvidence = {
  prioritisedTiltak: 0,
  finishedPrioritisedTiltak: 0,
  evaluatedTiltak: 0,
  measuresAnalysedAgainstGoals: 0,
  userEvaluations: 0,
  goalsWithStatus: 0,
  goals: 0,
  tiltakWithAgreements: 0,
  evaluatedAgreementTiltak: 0,
  userNeedsSources: 0,
};
const assess = (id: string, evidence: Partial<CriteriaEvidence>) => assessCriterion(id, { ...none, ...evidence });

describe("assessCriterion", () => {
  describe("1. modell-overforingsverdi", () => {
    const id = "modell-overforingsverdi";

    it("cannot be answered while a prioritised tiltak in the pathway is unfinished", () => {
      expect(assess(id, { prioritisedTiltak: 4, finishedPrioritisedTiltak: 3 })).toEqual({
        answerable: false,
        data: "3 av 4 prioriterte tiltak i modellen er standardisert.",
        reason: "modellen er ikke ferdig utviklet; 1 av 4 prioriterte tiltak er ikke standardisert.",
      });
    });

    it("cannot be answered before any tiltak is prioritised", () => {
      expect(assess(id, {})).toMatchObject({ answerable: false, reason: "ingen prioriterte tiltak beskriver modellen ennå." });
    });

    it("can be answered when every prioritised tiltak is standardised or evaluated", () => {
      expect(assess(id, { prioritisedTiltak: 4, finishedPrioritisedTiltak: 4 })).toMatchObject({
        answerable: true,
        data: "4 av 4 prioriterte tiltak i modellen er standardisert.",
      });
    });
  });

  describe("2. forbedret-tjenester", () => {
    const id = "forbedret-tjenester";

    it("needs an evaluated tiltak or a measure with enough data to analyse against the goals", () => {
      expect(assess(id, {})).toEqual({
        answerable: false,
        data: "0 evaluerte tiltak; 0 målinger med nok data til å analysere mot målene.",
        reason: "modellen er ikke ferdig utviklet og ikke evaluert, og ingen måling viser endring i tjenestene.",
      });
      expect(assess(id, { evaluatedTiltak: 1 }).answerable).toBe(true);
      expect(assess(id, { measuresAnalysedAgainstGoals: 2 })).toMatchObject({
        answerable: true,
        data: "0 evaluerte tiltak; 2 målinger med nok data til å analysere mot målene.",
      });
    });
  });

  describe("3. brukernes-erfaringer", () => {
    it("needs an evaluation with the users", () => {
      expect(assess("brukernes-erfaringer", {})).toMatchObject({ answerable: false, reason: "modellen er ikke ferdig utviklet og ikke evaluert av brukerne." });
      expect(assess("brukernes-erfaringer", { userEvaluations: 2 })).toMatchObject({
        answerable: true,
        data: "2 evalueringer med brukerne (fokusgrupper, brukerhistorier, spørreskjema).",
      });
    });
  });

  describe("4. maloppnaelse", () => {
    const id = "maloppnaelse";

    it("needs every goal assessed, and at least one goal", () => {
      expect(assess(id, { goals: 4, goalsWithStatus: 3 })).toEqual({
        answerable: false,
        data: "3 av 4 mål har en vurdert status.",
        reason: "ikke alle mål har en vurdert status.",
      });
      expect(assess(id, {}).answerable).toBe(false);
      expect(assess(id, { goals: 4, goalsWithStatus: 4 }).answerable).toBe(true);
    });
  });

  describe("5. bygger-pa-avtaler", () => {
    it("needs a tiltak tied to the cooperation agreements", () => {
      expect(assess("bygger-pa-avtaler", {})).toMatchObject({ answerable: false, reason: "ingen tiltak er knyttet til samarbeidsavtalene." });
      expect(assess("bygger-pa-avtaler", { tiltakWithAgreements: 3 })).toMatchObject({ answerable: true, data: "3 tiltak er knyttet til samarbeidsavtalene." });
    });
  });

  describe("6. avtalen-i-praksis", () => {
    it("needs a tiltak tied to an agreement that has been evaluated", () => {
      expect(assess("avtalen-i-praksis", { tiltakWithAgreements: 3 })).toMatchObject({
        answerable: false,
        reason: "modellen er ikke ferdig utviklet og ikke evaluert, så virkningen på samarbeidsavtalen i praksis er ikke kjent.",
      });
      expect(assess("avtalen-i-praksis", { tiltakWithAgreements: 3, evaluatedAgreementTiltak: 1 })).toMatchObject({
        answerable: true,
        data: "1 tiltak knyttet til avtalene er evaluert.",
      });
    });
  });

  describe("7. brukernes-behov", () => {
    it("needs a mapping of users' needs or input from users", () => {
      expect(assess("brukernes-behov", {})).toMatchObject({ answerable: false, reason: "ingen kartlegging av brukernes behov eller innspill fra brukerne er registrert." });
      expect(assess("brukernes-behov", { userNeedsSources: 2 })).toMatchObject({
        answerable: true,
        data: "2 kartlegginger og dialogkonferanser med brukerorganisasjoner.",
      });
    });
  });

  it("cannot answer a criterion it has no rule for", () => {
    expect(assess("ukjent-kriterium", { prioritisedTiltak: 1, finishedPrioritisedTiltak: 1 })).toEqual({
      answerable: false,
      data: "Ingen regel for dette kriteriet.",
      reason: "Trinnvis vet ikke hvilke data som svarer på kriteriet.",
    });
  });
});

// The evidence as of the end of 2012: a fact dated 01.01.2013 must not count, one dated 31.12.2012 must.
const asOf = "2012-12-31";
const dayAfter = "2013-01-01";

const tiltak = (over: Partial<TiltakFacts> & Pick<TiltakFacts, "id" | "title">): TiltakFacts => ({
  priority: "prioritert",
  statusHistory: [
    { status: "ide", date: "2011-09-01" },
    { status: "utproving", date: "2012-02-01" },
  ],
  plannedEvaluationDate: "2013-09-01",
  evaluations: [],
  organisationIds: [1, 2],
  standardisations: [],
  hearingDates: [],
  agreementAreaIds: [],
  ...over,
});
const standardised = (date: string) => [
  { status: "ide", date: "2011-09-01" },
  { status: "pa_horing", date: "2012-05-10" },
  { status: "standardisert", date },
];

const kriseplan = tiltak({ id: 1, title: "Individuell kriseplan", statusHistory: standardised("2012-09-03"), agreementAreaIds: ["avtale-2"] });
const ansvarsgruppe = tiltak({ id: 2, title: "Felles mal for ansvarsgruppemøter" });

const base: ReadinessInput = {
  asOf,
  organisations: [
    { id: 1, name: "Namsos kommune", level: "kommune" },
    { id: 2, name: "Sykehuset Namsos", level: "spesialisthelsetjeneste" },
  ],
  leaderLevels: [],
  leaderReaches: [],
  staffReaches: [],
  userReaches: [],
  tiltak: [kriseplan, ansvarsgruppe],
  measures: [],
  goals: [],
  members: [],
  groupMembers: [],
  conferenceInputs: [],
  analysisActivityDates: [],
  sustainabilityRounds: [],
  manual: {},
};
type Other = Parameters<typeof criteriaEvidence>[1];
const noOther: Other = { goals: [], userEvaluationDates: [], userNeedsMappingDates: [] };
const evidence = (input: Partial<ReadinessInput>, other: Partial<Other> = {}) => criteriaEvidence(factsAsOf({ ...base, ...input }), { ...noOther, ...other });

describe("criteriaEvidence as of a date", () => {
  it("counts prioritised tiltak and those finished by the day, leaving out tiltak not yet registered", () => {
    expect(evidence({})).toMatchObject({ prioritisedTiltak: 2, finishedPrioritisedTiltak: 1 });
    const later = tiltak({ id: 3, title: "Oppfølgingsteam", statusHistory: [{ status: "ide", date: dayAfter }] });
    expect(evidence({ tiltak: [kriseplan, later] })).toMatchObject({ prioritisedTiltak: 1, finishedPrioritisedTiltak: 1 });
    const notPrioritised = { ...ansvarsgruppe, priority: "ikke_prioritert" };
    expect(evidence({ tiltak: [kriseplan, notPrioritised] })).toMatchObject({ prioritisedTiltak: 1, finishedPrioritisedTiltak: 1 });
  });

  it("leaves the model unanswerable while the pathway was unfinished on the day", () => {
    const finishedOn = (date: string) => evidence({ tiltak: [kriseplan, { ...ansvarsgruppe, statusHistory: standardised(date) }] });
    expect(finishedOn(dayAfter)).toMatchObject({ prioritisedTiltak: 2, finishedPrioritisedTiltak: 1 });
    expect(assessCriterion("modell-overforingsverdi", finishedOn(dayAfter))).toMatchObject({
      answerable: false,
      reason: "modellen er ikke ferdig utviklet; 1 av 2 prioriterte tiltak er ikke standardisert.",
    });
    expect(assessCriterion("modell-overforingsverdi", finishedOn(asOf)).answerable).toBe(true);
    const evaluatedStatus = [...standardised("2012-06-01"), { status: "evaluert", date: "2012-12-01" }];
    expect(assessCriterion("modell-overforingsverdi", evidence({ tiltak: [kriseplan, { ...ansvarsgruppe, statusHistory: evaluatedStatus }] })).answerable).toBe(true);
  });

  it("counts prioritised tiltak evaluated by the day", () => {
    const evaluatedOn = (date: string) => evidence({ tiltak: [{ ...kriseplan, evaluations: [{ date, decision: "fortsette", nextEvaluationDate: "2013-12-01" }] }, ansvarsgruppe] });
    expect(evaluatedOn(dayAfter)).toMatchObject({ evaluatedTiltak: 0, evaluatedAgreementTiltak: 0 });
    expect(evaluatedOn(asOf)).toMatchObject({ evaluatedTiltak: 1, evaluatedAgreementTiltak: 1 });
    expect(assessCriterion("forbedret-tjenester", evaluatedOn(dayAfter)).answerable).toBe(false);
    expect(assessCriterion("forbedret-tjenester", evaluatedOn(asOf)).answerable).toBe(true);
    expect(assessCriterion("avtalen-i-praksis", evaluatedOn(asOf)).answerable).toBe(true);
  });

  it("counts tiltak tied to the agreements among those registered by the day", () => {
    expect(evidence({})).toMatchObject({ tiltakWithAgreements: 1 });
    const tiedLater = { ...kriseplan, statusHistory: [{ status: "ide", date: dayAfter }] };
    expect(evidence({ tiltak: [tiedLater, ansvarsgruppe] })).toMatchObject({ tiltakWithAgreements: 0 });
    expect(assessCriterion("bygger-pa-avtaler", evidence({ tiltak: [tiedLater, ansvarsgruppe] })).answerable).toBe(false);
  });

  it("counts measures with ten points by the day", () => {
    const measure = (tenth: string) =>
      evidence({
        measures: [
          {
            id: 1,
            name: "Andel pasienter med kriseplan",
            continuesSince: null,
            ownerAfterProject: "",
            pointDates: ["2012-03-01", "2012-04-01", "2012-05-01", "2012-06-01", "2012-07-01", "2012-08-01", "2012-09-01", "2012-10-01", "2012-11-01", tenth],
            goalIds: [1],
            isIllustrative: false,
          },
        ],
      });
    expect(measure(dayAfter).measuresAnalysedAgainstGoals).toBe(0);
    expect(measure(asOf).measuresAnalysedAgainstGoals).toBe(1);
  });

  it("counts user evaluations and mappings of needs dated by the day", () => {
    expect(evidence({}, { userEvaluationDates: [dayAfter], userNeedsMappingDates: [dayAfter] })).toMatchObject({ userEvaluations: 0, userNeedsSources: 0 });
    expect(evidence({}, { userEvaluationDates: [asOf, "2012-04-18"], userNeedsMappingDates: [asOf] })).toMatchObject({ userEvaluations: 2, userNeedsSources: 1 });
  });

  it("counts each conference with users taking part once, and only conferences by the day", () => {
    const input = (date: string) => ({ date, usersTookPart: true, raisedByUsers: true, followUp: "ikke_vurdert", followedUpOn: null });
    expect(evidence({ conferenceInputs: [input(dayAfter)] }).userNeedsSources).toBe(0);
    expect(evidence({ conferenceInputs: [input("2012-10-12"), input("2012-10-12"), input(asOf), { ...input("2012-03-15"), usersTookPart: false }] }).userNeedsSources).toBe(2);
  });

  it("takes the goals' status as given", () => {
    expect(evidence({}, { goals: [{ hasStatus: true }, { hasStatus: false }] })).toMatchObject({ goals: 2, goalsWithStatus: 1 });
  });
});
