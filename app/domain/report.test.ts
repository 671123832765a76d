import { describe, expect, it } from "vitest";
import { chartSvg } from "./chart-svg";
import { textBoxes } from "./svg-boxes.testing";
import { norwegianDate } from "./dated-facts";
import { assessReadiness, type ReadinessInput, type TiltakFacts } from "./readiness";
import { assembleReport, chartBlockModel, unanswerableCriteria, type Block, type ChartBlock, type ReportInput } from "./report";
import type { ChartModel, ModelPoint } from "./chart-model";

// The status report for 2012: a fact dated 01.01.2013 must be left out, one dated 31.12.2012 must be in.
const end = "2012-12-31";
const dayAfter = "2013-01-01";

const steps = [
  {
    id: "forberedelse",
    number: 1,
    name: "Forberedelse",
    themes: [
      { id: "forankre", name: "Forankre i organisasjonene" },
      { id: "kunnskapsgrunnlag", name: "Kunnskapsgrunnlag" },
      { id: "malgruppe", name: "Beskrive målgruppen" },
    ],
  },
  { id: "planlegge", number: 2, name: "Planlegge", themes: [{ id: "tiltak", name: "Velge og planlegge tiltak" }] },
  { id: "kontrollere", number: 4, name: "Kontrollere", themes: [{ id: "male-analysere", name: "Måle og analysere" }] },
];

type Activity = ReportInput["activities"][number];
const activity = (title: string, startDate: string, endDate: string | null, typeName: string, stepId: string, themeId: string): Activity => ({
  title,
  startDate,
  endDate,
  typeName,
  stepId,
  themeId,
});
// Before the project started on 01.01.2011: groundwork.
const kartlegging = activity("Kartlegging av samhandlingen i Namdalen", "2010-09-01", "2010-11-30", "Kartlegging", "forberedelse", "malgruppe");
const radmannsmote = activity("Møte med rådmennene i Namdalen", "2010-10-15", null, "Møte", "forberedelse", "forankre");
// After the start, before the period.
const fagdag = activity("Fagdag i Grong", "2011-05-10", null, "Fagdag", "forberedelse", "forankre");
// In the period, one of them running into it.
const litteratur = activity("Litteraturgjennomgang om kriseplaner", "2011-11-14", "2012-01-20", "Litteraturgjennomgang", "forberedelse", "kunnskapsgrunnlag");
const besoksrunde = activity("Besøksrunde i kommunene", "2012-03-01", "2012-05-15", "Besøksrunde", "forberedelse", "forankre");
const arbeidsmote = activity("Arbeidsmøte om kriseplan", "2012-10-04", null, "Arbeidsmøte", "planlegge", "tiltak");
// After the period.
const seminar = (startDate: string) => activity("Evalueringsseminar", startDate, null, "Seminar", "kontrollere", "male-analysere");

const kriseplan: TiltakFacts = {
  id: 1,
  title: "Individuell kriseplan",
  priority: "prioritert",
  statusHistory: [
    { status: "ide", date: "2011-09-01" },
    { status: "pa_horing", date: "2012-05-10" },
    { status: "standardisert", date: "2012-09-03" },
    { status: "evaluert", date: "2013-03-01" },
  ],
  plannedEvaluationDate: "2013-03-01",
  evaluations: [{ date: "2013-03-01", decision: "fortsette", nextEvaluationDate: "2014-03-01" }],
  organisationIds: [1, 2],
  standardisations: [
    { organisationId: 1, date: "2012-09-10" },
    { organisationId: 2, date: "2012-09-10" },
  ],
  hearingDates: ["2012-05-10"],
  agreementAreaIds: ["avtale-2"],
};
const ansvarsgruppe = (standardisedOn: string): TiltakFacts => ({
  id: 2,
  title: "Felles mal for ansvarsgruppemøter",
  priority: "prioritert",
  statusHistory: [
    { status: "ide", date: "2011-10-01" },
    { status: "utproving", date: "2012-02-01" },
    { status: "standardisert", date: standardisedOn },
  ],
  plannedEvaluationDate: "2013-06-01",
  evaluations: [],
  organisationIds: [1],
  standardisations: [],
  hearingDates: [],
  agreementAreaIds: [],
});
const oppfolgingsteam = (registeredOn: string): TiltakFacts => ({
  id: 3,
  title: "Ambulant oppfølgingsteam",
  priority: "ikke_prioritert",
  statusHistory: [{ status: "ide", date: registeredOn }],
  plannedEvaluationDate: null,
  evaluations: [],
  organisationIds: [2],
  standardisations: [],
  hearingDates: [],
  agreementAreaIds: [],
});

const readiness: ReadinessInput = {
  // The report assesses as of its period's end, whatever day the input was gathered for.
  asOf: "2026-11-22",
  organisations: [
    { id: 1, name: "Namsos kommune", level: "kommune" },
    { id: 2, name: "Sykehuset Namsos", level: "spesialisthelsetjeneste" },
  ],
  leaderLevels: [{ id: "toppledelse", name: "Toppledelse (rådmann, direktør)" }],
  leaderReaches: [],
  staffReaches: [],
  userReaches: [],
  tiltak: [kriseplan, ansvarsgruppe("2013-05-02"), oppfolgingsteam("2013-01-15")],
  measures: [],
  goals: [],
  members: [],
  groupMembers: [],
  conferenceInputs: [],
  analysisActivityDates: [],
  sustainabilityRounds: [],
  manual: {},
};

const point = (x: string, y: number | null): ModelPoint => ({ x, y, cl: 40, lcl: null, ucl: null, part: 1, meaning: "common", side: null, excluded: false, reasons: [], note: "" });
const modelOf = (points: ModelPoint[], unit = "%"): ChartModel => ({ chart: "run", unit, yTitle: `Andel (${unit})`, points, target: null, markers: [], rules: "anhoej" });

const fixture = (over: Partial<ReportInput> = {}): ReportInput => ({
  title: "Statusrapport 2012",
  period: { start: "2012-01-01", end },
  project: {
    name: "Helt, ikke stykkevis og delt",
    description: "Samhandling om voksne med psykiske lidelser og rusproblemer i Namdalen.",
    owner: "Helse Nord-Trøndelag HF",
    funder: "Helsedirektoratet",
    targetGroup: "Voksne med alvorlige psykiske lidelser og/eller rusproblemer",
    startDate: "2011-01-01",
    endDate: "2013-12-31",
  },
  organisations: [
    { name: "Namsos kommune", levelName: "Kommune" },
    { name: "Grong kommune", levelName: "Kommune" },
    { name: "Sykehuset Namsos", levelName: "Spesialisthelsetjeneste" },
  ],
  people: [
    { name: "Kari Nordmann", roleName: "Prosjektleder", position: "Rådgiver, Helse Nord-Trøndelag HF", since: "2011-01-03" },
    { name: "Per Olsen", roleName: "Prosjektmedarbeider", position: "Psykiatrisk sykepleier, Grong kommune", since: end },
    { name: "Ingrid Hansen", roleName: "Prosjektmedarbeider", position: "Erfaringskonsulent", since: "2013-01-07" },
  ],
  goals: [
    {
      label: "Hovedmål",
      title: "En helhetlig samhandlingsmodell i Namdalen",
      history: [
        { statusName: "Påbegynt", date: "2011-06-01", comment: "Arbeidet er i gang" },
        { statusName: "Delvis nådd", date: "2012-11-15", comment: "Kriseplanen er standardisert" },
        { statusName: "Nådd", date: "2013-06-01", comment: "Modellen er i drift" },
      ],
    },
    { label: "Delmål 1", title: "Alle med alvorlig psykisk lidelse har en kriseplan", history: [{ statusName: "Nådd", date: "2013-03-01", comment: "" }] },
  ],
  steps,
  activities: [seminar("2013-02-01"), arbeidsmote, besoksrunde, fagdag, litteratur, radmannsmote, kartlegging],
  conferences: [
    {
      title: "Dialogkonferanse i Namsos",
      date: "2012-10-12",
      endDate: null,
      participants: 85,
      inputs: [
        { followUp: "tatt_inn_i_tiltak", followedUpOn: "2012-11-20" },
        { followUp: "tatt_inn_i_tiltak", followedUpOn: end },
        { followUp: "avvist", followedUpOn: "2013-02-01" },
        { followUp: "ikke_vurdert", followedUpOn: null },
      ],
    },
    { title: "Dialogkonferanse i Grong", date: "2013-03-14", endDate: null, participants: 60, inputs: [{ followUp: "ikke_vurdert", followedUpOn: null }] },
    { title: "Dialogkonferanse i Rørvik", date: "2011-10-20", endDate: "2011-10-21", participants: 70, inputs: [] },
  ],
  followUpNames: { ikke_vurdert: "Ikke vurdert", tatt_inn_i_tiltak: "Tatt inn i tiltak", besvart_annet: "Besvart på annen måte", avvist: "Avvist" },
  readiness,
  tiltakNames: {
    priorities: { prioritert: "Prioritert", ikke_prioritert: "Ikke prioritert" },
    statuses: { ide: "Idé", planlagt: "Planlagt", utproving: "Utprøving", pa_horing: "På høring", standardisert: "Standardisert", evaluert: "Evaluert" },
    agreements: { "avtale-2": "Delavtale 2: Koordinerte tjenester" },
  },
  measures: [
    {
      name: "Andel pasienter med kriseplan",
      unit: "%",
      isIllustrative: false,
      model: modelOf([point("2012-09-30", 22), point("2012-10-31", 31), point("2012-11-30", 38), point(end, 45), point("2013-01-31", 52)]),
      explanation: ["Ingen signaler i perioden."],
    },
    { name: "Reinnleggelser innen 30 dager", unit: "antall", isIllustrative: false, model: modelOf([point("2013-01-31", 4), point("2013-02-28", 3)], "antall"), explanation: [] },
  ],
  anchoring: {
    organisations: [
      { id: 1, name: "Namsos kommune", level: "kommune", region: "Namdal" },
      { id: 2, name: "Grong kommune", level: "kommune", region: "Namdal" },
      { id: 3, name: "Sykehuset Namsos", level: "spesialisthelsetjeneste", region: null },
    ],
    reaches: [
      { date: "2012-03-01", title: "Besøksrunde i kommunene", organisationIds: [1, 2], audienceIds: ["ledere"] },
      { date: "2013-01-10", title: "Ledermøte i Helse Nord-Trøndelag", organisationIds: [3], audienceIds: ["ledere"] },
      { date: end, title: "Personalmøte DPS", organisationIds: [3], audienceIds: ["medarbeidere"] },
    ],
    audienceIds: ["ledere", "medarbeidere"],
    describe: (h) => `${h.level}/${h.audienceId}: ${h.reached} av ${h.total}`,
  },
  audits: [
    { title: "Bærekraftsrevisjon høsten 2012", signedAt: "2012-11-28T14:00:00Z", weakest: ["Organisasjonskultur", "Opplæring"] },
    { title: "Bærekraftsrevisjon våren 2013", signedAt: "2013-04-15T10:00:00Z", weakest: ["Ledelse"] },
    { title: "Bærekraftsrevisjon våren 2012", signedAt: "2012-04-20T10:00:00Z", weakest: ["Infrastruktur"] },
  ],
  criteria: [
    { id: "modell-overforingsverdi", number: 1, name: "Kort beskrivelse av samhandlingsmodellen og dens overføringsverdi" },
    { id: "forbedret-tjenester", number: 2, name: "Hvordan tilskuddet har gjort tjenestene bedre for målgruppen" },
    { id: "brukernes-erfaringer", number: 3, name: "Brukernes erfaringer med modellen målt mot målene" },
    { id: "maloppnaelse", number: 4, name: "I hvilken grad prosjektets mål er nådd" },
    { id: "bygger-pa-avtaler", number: 5, name: "Hvordan modellen bygger på eksisterende samarbeidsavtaler" },
    { id: "avtalen-i-praksis", number: 6, name: "Hvordan modellen har fått samarbeidsavtalen til å virke bedre i praksis" },
    { id: "brukernes-behov", number: 7, name: "Hvordan modellen tar utgangspunkt i brukernes behov for tjenester" },
  ],
  userEvaluationDates: ["2013-05-22"],
  userNeedsMappingDates: ["2012-08-15"],
  narrative: { sammendrag: "I 2012 ble kriseplanen prøvd ut og standardisert.", "kriterium-bygger-pa-avtaler": "Kriseplanen bygger på delavtale 2." },
  formatDate: (d) => (d ? norwegianDate(d) : ""),
  ...over,
});

const section = (input: ReportInput, key: string) => {
  const found = assembleReport(input).sections.find((s) => s.key === key);
  if (!found) throw new Error(`No section ${key}`);
  return found;
};
const table = (input: ReportInput, key: string, caption: string) => {
  const found = section(input, key).blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.caption === caption);
  if (!found) throw new Error(`No table «${caption}» in ${key}`);
  return found;
};
const figure = (input: ReportInput, name: string) => table(input, "sammendrag", "Tall for perioden").rows.find((r) => r[0] === name)?.[1];
const withActivities = (...extra: Activity[]) => fixture({ activities: [...fixture().activities, ...extra] });

describe("assembleReport: the period's figures", () => {
  it("counts the period's activities, conferences, open inputs, tiltak and measures as of its end", () => {
    expect(table(fixture(), "sammendrag", "Tall for perioden").rows).toEqual([
      ["Aktiviteter", "3"],
      ["Dialogkonferanser", "1"],
      ["Deltakere på dialogkonferansene", "85"],
      ["Innspill uten oppfølging", "2"],
      ["Tiltak ved periodens slutt", "2"],
      ["Målinger med data ved periodens slutt", "1"],
    ]);
  });

  it("counts an activity on the period's last day, and not one the day after", () => {
    expect(figure(withActivities(seminar(dayAfter)), "Aktiviteter")).toBe("3");
    expect(figure(withActivities(seminar(end)), "Aktiviteter")).toBe("4");
  });

  it("carries the project's own text with each section", () => {
    expect(section(fixture(), "sammendrag").narrative).toBe("I 2012 ble kriseplanen prøvd ut og standardisert.");
    expect(section(fixture(), "kriterium-bygger-pa-avtaler").narrative).toBe("Kriseplanen bygger på delavtale 2.");
    expect(section(fixture(), "mal").narrative).toBe("");
  });
});

describe("assembleReport: Bakgrunn og organisering", () => {
  it("shows the groundwork before the project's start, and only that", () => {
    expect(table(fixture(), "bakgrunn", "Forarbeid før prosjektstart").rows).toEqual([
      ["Kartlegging av samhandlingen i Namdalen", "01.09.2010–30.11.2010", "Kartlegging"],
      ["Møte med rådmennene i Namdalen", "15.10.2010", "Møte"],
    ]);
  });

  it("lists groundwork that ran on after the start once it is done, and not twice when it runs into the period", () => {
    const forprosjekt = activity("Forprosjekt psykisk helse og rus", "2010-03-01", "2011-02-28", "Forprosjekt", "forberedelse", "kunnskapsgrunnlag");
    const report2010 = withActivities(forprosjekt);
    report2010.period = { start: "2010-06-01", end: "2010-12-31" };
    const groundwork = (input: ReportInput) => section(input, "bakgrunn").blocks.some((b) => b.kind === "table" && b.caption === "Forarbeid før prosjektstart" && b.rows.some((r) => r[0] === "Forprosjekt psykisk helse og rus"));
    // Running into the period: one of the period's activities, not groundwork.
    expect(groundwork(report2010)).toBe(false);
    expect(table(report2010, "steg-forberedelse", "Aktiviteter i steg 1").rows.map((r) => r[1])).toContain("Forprosjekt psykisk helse og rus");
    expect(table(withActivities(forprosjekt), "bakgrunn", "Forarbeid før prosjektstart").rows.map((r) => r[0])).toContain("Forprosjekt psykisk helse og rus");
  });

  it("has no groundwork table in a report whose period covers the groundwork itself, nor for a project without a start date", () => {
    const early = fixture({ period: { start: "2010-01-01", end: "2010-12-31" } });
    expect(section(early, "bakgrunn").blocks.some((b) => b.kind === "table" && b.caption === "Forarbeid før prosjektstart")).toBe(false);
    expect(figure(early, "Aktiviteter")).toBe("2");
    const undated = fixture({ project: { ...fixture().project, startDate: null } });
    expect(section(undated, "bakgrunn").blocks.some((b) => b.kind === "table" && b.caption === "Forarbeid før prosjektstart")).toBe(false);
    expect(table(undated, "bakgrunn", "Prosjektet").rows).toContainEqual(["Prosjektperiode", "Ikke oppgitt"]);
  });

  it("describes the project and its organisations", () => {
    const blocks = section(fixture(), "bakgrunn").blocks;
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Samhandling om voksne med psykiske lidelser og rusproblemer i Namdalen." });
    expect(table(fixture(), "bakgrunn", "Prosjektet").rows).toContainEqual(["Prosjektperiode", "01.01.2011–31.12.2013"]);
    expect(table(fixture(), "bakgrunn", "Organisasjoner som deltar").rows).toEqual([
      ["Kommune", "2: Namsos kommune, Grong kommune"],
      ["Spesialisthelsetjeneste", "1: Sykehuset Namsos"],
    ]);
  });

  it("leaves out people who joined after the period", () => {
    expect(table(fixture(), "bakgrunn", "Personer i prosjektet").rows).toEqual([
      ["Kari Nordmann", "Prosjektleder", "Rådgiver, Helse Nord-Trøndelag HF"],
      ["Per Olsen", "Prosjektmedarbeider", "Psykiatrisk sykepleier, Grong kommune"],
    ]);
  });
});

describe("assembleReport: Mål og delmål", () => {
  it("shows each goal's status as of the period's end", () => {
    expect(table(fixture(), "mal", "Mål med status per 31.12.2012").rows).toEqual([
      ["Hovedmål: En helhetlig samhandlingsmodell i Namdalen", "Delvis nådd", "15.11.2012", "Kriseplanen er standardisert"],
      ["Delmål 1: Alle med alvorlig psykisk lidelse har en kriseplan", "Ingen status", "", ""],
    ]);
  });

  it("counts a status set on the period's last day", () => {
    const base = fixture();
    const assessed = (date: string) => fixture({ goals: [base.goals[0], { ...base.goals[1], history: [{ statusName: "Påbegynt", date, comment: "Kartlagt i to kommuner" }] }] });
    expect(table(assessed(dayAfter), "mal", "Mål med status per 31.12.2012").rows[1]).toEqual(["Delmål 1: Alle med alvorlig psykisk lidelse har en kriseplan", "Ingen status", "", ""]);
    expect(table(assessed(end), "mal", "Mål med status per 31.12.2012").rows[1]).toEqual([
      "Delmål 1: Alle med alvorlig psykisk lidelse har en kriseplan",
      "Påbegynt",
      "31.12.2012",
      "Kartlagt i to kommuner",
    ]);
  });

  it("states that there are no goals", () => {
    expect(section(fixture({ goals: [] }), "mal").blocks).toEqual([{ kind: "missing", text: "Prosjektet har ikke registrert mål." }]);
  });
});

describe("assembleReport: the five steps", () => {
  it("places the period's activities in their step and theme, and refers to the groundwork where a theme has nothing in the period", () => {
    expect(table(fixture(), "steg-forberedelse", "Aktiviteter i steg 1")).toMatchObject({
      headers: ["Tema", "Aktivitet", "Når", "Type"],
      rows: [
        ["Forankre i organisasjonene", "Besøksrunde i kommunene", "01.03.2012–15.05.2012", "Besøksrunde"],
        ["Kunnskapsgrunnlag", "Litteraturgjennomgang om kriseplaner", "14.11.2011–20.01.2012", "Litteraturgjennomgang"],
        ["Beskrive målgruppen", "Forarbeid før prosjektstart (se bakgrunnen): Kartlegging av samhandlingen i Namdalen", "", ""],
      ],
    });
    expect(table(fixture(), "steg-planlegge", "Aktiviteter i steg 2").rows).toEqual([["Velge og planlegge tiltak", "Arbeidsmøte om kriseplan", "04.10.2012", "Arbeidsmøte"]]);
  });

  it("shows a step with only groundwork as a table referring to the background", () => {
    const onlyGroundwork = fixture({ activities: [kartlegging, radmannsmote, fagdag] });
    expect(table(onlyGroundwork, "steg-forberedelse", "Aktiviteter i steg 1").rows).toEqual([
      ["Forankre i organisasjonene", "Forarbeid før prosjektstart (se bakgrunnen): Møte med rådmennene i Namdalen", "", ""],
      ["Kunnskapsgrunnlag", "Ingen aktiviteter registrert", "", ""],
      ["Beskrive målgruppen", "Forarbeid før prosjektstart (se bakgrunnen): Kartlegging av samhandlingen i Namdalen", "", ""],
    ]);
    expect(section(onlyGroundwork, "resultat").blocks).toEqual([{ kind: "missing", text: "Ingen aktiviteter er registrert i perioden." }]);
  });

  it("states an empty step, and fills it with an activity on the period's last day but not the day after", () => {
    expect(section(fixture(), "steg-kontrollere").blocks).toEqual([{ kind: "missing", text: "Ingen aktiviteter er registrert i steget Kontrollere i perioden." }]);
    expect(section(withActivities(seminar(dayAfter)), "steg-kontrollere").blocks[0].kind).toBe("missing");
    expect(table(withActivities(seminar(end)), "steg-kontrollere", "Aktiviteter i steg 4").rows).toEqual([["Måle og analysere", "Evalueringsseminar", "31.12.2012", "Seminar"]]);
  });

  it("heads each step with its number and name", () => {
    const steg = assembleReport(fixture()).sections.filter((s) => s.key.startsWith("steg-"));
    expect(steg.map((s) => [s.heading, s.level])).toEqual([
      ["1. Forberedelse", 3],
      ["2. Planlegge", 3],
      ["4. Kontrollere", 3],
    ]);
  });
});

describe("assembleReport: Dialogkonferanser", () => {
  const caption = "Dialogkonferanser og oppfølgingen av innspillene";

  it("shows the period's conferences with the follow-up of their inputs as of the period's end", () => {
    const conferences = table(fixture(), "konferanser", caption);
    expect(conferences.headers).toEqual(["Konferanse", "Når", "Deltakere", "Innspill", "Ikke vurdert", "Tatt inn i tiltak", "Besvart på annen måte", "Avvist"]);
    expect(conferences.rows).toHaveLength(1);
    const [row] = conferences.rows;
    expect(row.slice(0, 3)).toEqual(["Dialogkonferanse i Namsos", "12.10.2012", "85"]);
    // Rejected on 01.02.2013: still open at the end of 2012.
    expect(row.slice(4)).toEqual(["2", "2", "0", "0"]);
  });

  it("counts a follow-up made on the period's last day", () => {
    const base = fixture().conferences[0];
    const rejected = (followedUpOn: string) => fixture({ conferences: [{ ...base, inputs: [{ followUp: "avvist", followedUpOn }] }] });
    expect(table(rejected(dayAfter), "konferanser", caption).rows[0].slice(4)).toEqual(["1", "0", "0", "0"]);
    expect(figure(rejected(dayAfter), "Innspill uten oppfølging")).toBe("1");
    expect(table(rejected(end), "konferanser", caption).rows[0].slice(4)).toEqual(["0", "0", "0", "1"]);
    expect(figure(rejected(end), "Innspill uten oppfølging")).toBe("0");
  });

  it("takes in a conference on the period's last day, not one the day after", () => {
    const grong = (date: string) => fixture({ conferences: [{ title: "Dialogkonferanse i Grong", date, endDate: null, participants: 60, inputs: [] }] });
    expect(section(grong(dayAfter), "konferanser").blocks).toEqual([{ kind: "missing", text: "Ingen dialogkonferanser i perioden." }]);
    expect(table(grong(end), "konferanser", caption).rows.map((r) => r.slice(0, 3))).toEqual([["Dialogkonferanse i Grong", "31.12.2012", "60"]]);
  });
});

describe("assembleReport: Tiltak og status", () => {
  const caption = "Tiltak med status per 31.12.2012";

  it("shows each tiltak's status as of the period's end and leaves out those registered after it", () => {
    expect(table(fixture(), "tiltak", caption).rows).toEqual([
      ["Individuell kriseplan", "Prioritert", "Standardisert", "01.03.2013", "Delavtale 2: Koordinerte tjenester"],
      ["Felles mal for ansvarsgruppemøter", "Prioritert", "Utprøving", "01.06.2013", ""],
    ]);
  });

  it("counts a status change and a new tiltak on the period's last day", () => {
    const onEnd = fixture({ readiness: { ...readiness, tiltak: [kriseplan, ansvarsgruppe(end), oppfolgingsteam(end)] } });
    expect(table(onEnd, "tiltak", caption).rows.map((r) => [r[0], r[2]])).toEqual([
      ["Individuell kriseplan", "Standardisert"],
      ["Felles mal for ansvarsgruppemøter", "Standardisert"],
      ["Ambulant oppfølgingsteam", "Idé"],
    ]);
    expect(figure(onEnd, "Tiltak ved periodens slutt")).toBe("3");
  });

  it("states that no tiltak was registered by the period's end", () => {
    const none = fixture({ readiness: { ...readiness, tiltak: [oppfolgingsteam(dayAfter)] } });
    expect(section(none, "tiltak").blocks).toEqual([{ kind: "missing", text: "Ingen tiltak var registrert ved periodens slutt." }]);
    expect(figure(none, "Tiltak ved periodens slutt")).toBe("0");
  });
});

describe("assembleReport: Målinger", () => {
  it("draws each measure on its points up to the period's end, and names those without data by then", () => {
    const measures = fixture().measures;
    expect(section(fixture(), "malinger").blocks).toEqual([
      { kind: "chart", title: "Andel pasienter med kriseplan", unit: "%", model: { ...measures[0].model, points: measures[0].model.points.slice(0, 4) } },
      { kind: "paragraph", text: "Ingen signaler i perioden." },
      { kind: "missing", text: "Uten data: Reinnleggelser innen 30 dager." },
    ]);
  });

  it("puts a measure's icons and their sentences right after its chart", () => {
    const model = modelOf([point("2012-01-31", 1), point("2012-02-29", 3)], "");
    const verdict = { variation: "common_cause" as const, assurance: null, pointsHave: 14, pointsNeeded: 13, sentences: ["Vanlig variasjon ved siste punkt (29.02.2012)."] };
    const blocks = section(fixture({ measures: [{ name: "Planer", unit: "", isIllustrative: false, model, explanation: ["Forklaring."], verdict }] }), "malinger").blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["chart", "verdict", "paragraph"]);
    expect(blocks[1]).toEqual({ kind: "verdict", variation: "common_cause", assurance: null, sentences: verdict.sentences });
  });

  it("marks illustrative data, and does not count it among measures with data", () => {
    const model = modelOf([point("2012-01-31", 1), point("2012-02-29", 3)], "");
    const illustrative = fixture({ measures: [{ name: "Planer", unit: "", isIllustrative: true, model, explanation: [] }] });
    expect(section(illustrative, "malinger").blocks).toEqual([{ kind: "chart", title: "Planer (illustrerende data)", unit: "", model }]);
    expect(figure(illustrative, "Målinger med data ved periodens slutt")).toBe("0");
  });

  it("puts measures with a single value by the period's end into one table instead of charts", () => {
    const single = fixture({
      measures: [
        { name: "Kriseplaner", unit: "%", isIllustrative: false, model: modelOf([point("2012-06-30", 41.5), point("2013-01-31", 52)]), fractions: { "2012-06-30": { numerator: 83, denominator: 200 } }, explanation: ["Ett punkt."] },
        { name: "Møter", unit: "", isIllustrative: false, model: modelOf([point("2012-05-31", null), point("2012-06-30", 7)], ""), explanation: [] },
        fixture().measures[0],
      ],
    });
    const blocks = section(single, "malinger").blocks;
    expect(blocks.filter((b) => b.kind === "chart").map((b) => (b as ChartBlock).title)).toEqual(["Andel pasienter med kriseplan"]);
    expect(blocks).toContainEqual({
      kind: "table",
      caption: "Målinger med ett punkt",
      headers: ["Måling", "Dato", "Verdi", "Teller / nevner"],
      rows: [
        ["Kriseplaner", "30.06.2012", "41,5 %", "83 / 200"],
        ["Møter", "30.06.2012", "7", "–"],
      ],
    });
    expect(blocks.some((b) => b.kind === "paragraph" && b.text === "Ett punkt.")).toBe(false);
  });

  it("shows a protected small count as the project's downloads do", () => {
    const model = modelOf([point("2012-06-30", 5)]);
    const protectedCount = fixture({ measures: [{ name: "Reinnleggelser", unit: "%", isIllustrative: false, model, fractions: { "2012-06-30": { numerator: "under 3", denominator: 40 } }, explanation: [] }] });
    const table = section(protectedCount, "malinger").blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows[0][3] : null).toBe("under 3 / 40");
  });

  it("still draws a chart block frozen before charts carried a model (a series with signals)", () => {
    const old: ChartBlock = { kind: "chart", title: "Gammel", unit: "%", series: [{ x: "2011-01-01", y: 1, cl: 2, lcl: 0.5, ucl: 3.5, signal: false }, { x: "2011-02-01", y: 4, cl: 2, lcl: 0.5, ucl: 3.5, signal: true }] };
    const model = chartBlockModel(old);
    expect(model).toMatchObject({ chart: "i", unit: "%", yTitle: "Verdi (%)", target: null, markers: [] });
    expect(model.points.map((p) => [p.x, p.y, p.meaning])).toEqual([["2011-01-01", 1, "common"], ["2011-02-01", 4, "neutral"]]);
    const svg = chartSvg(model, { title: "Gammel" });
    expect(svg).toContain("Spesiell variasjon, verken bedre eller verre");
  });

  it("states when no measure has data by the period's end", () => {
    const later = fixture({ measures: [{ ...fixture().measures[0], model: modelOf([point(dayAfter, 50)]) }] });
    expect(section(later, "malinger").blocks).toEqual([
      { kind: "missing", text: "Ingen målinger har data i perioden." },
      { kind: "missing", text: "Uten data: Andel pasienter med kriseplan." },
    ]);
    expect(figure(later, "Målinger med data ved periodens slutt")).toBe("0");
  });
});

describe("assembleReport: Forankring", () => {
  const headlines = (input: ReportInput) => {
    const [block] = section(input, "forankring").blocks;
    if (block.kind !== "list") throw new Error(`Expected a list, got ${block.kind}`);
    return block.items;
  };

  it("counts only the reaches by the period's end in the headlines", () => {
    expect(headlines(fixture())).toEqual([
      "kommune/ledere: 2 av 2",
      "kommune/medarbeidere: 0 av 2",
      "spesialisthelsetjeneste/ledere: 0 av 1",
      "spesialisthelsetjeneste/medarbeidere: 1 av 1",
    ]);
    const base = fixture().anchoring;
    const onEnd = fixture({ anchoring: { ...base, reaches: base.reaches.map((r) => (r.date === "2013-01-10" ? { ...r, date: end } : r)) } });
    expect(headlines(onEnd)).toContain("spesialisthelsetjeneste/ledere: 1 av 1");
  });

  it("states that no anchoring is registered when there is nothing to count", () => {
    const none = fixture({ anchoring: { ...fixture().anchoring, organisations: [] } });
    expect(section(none, "forankring").blocks).toEqual([{ kind: "missing", text: "Ingen forankring er registrert." }]);
  });
});

describe("assembleReport: Fra prosjekt til drift", () => {
  const paragraphs = (input: ReportInput) => section(input, "drift").blocks;

  it("assesses readiness as of the period's end, not as of the day the data was gathered", () => {
    const asOfEnd = assessReadiness({ ...readiness, asOf: end });
    const blocks = paragraphs(fixture());
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "«Klar for drift?» per 31.12.2012: Ikke klar for drift." });
    expect(blocks[1]).toEqual({ kind: "list", items: asOfEnd.todo });
    // The second prioritised tiltak was standardised in 2013: unfinished at the end of 2012, finished by the day of gathering.
    const finish = "Gjør ferdig de prioriterte tiltakene, blant dem forløpet selv, og få dem standardisert.";
    expect(asOfEnd.todo).toContain(finish);
    expect(assessReadiness(readiness).todo).not.toContain(finish);
    const finishedOnEnd = fixture({ readiness: { ...readiness, tiltak: [kriseplan, ansvarsgruppe(end)] } });
    expect(paragraphs(finishedOnEnd)[1]).toMatchObject({ kind: "list", items: expect.not.arrayContaining([finish]) });
  });

  it("names the latest audit signed by the period's end, not a later one", () => {
    expect(paragraphs(fixture()).at(-1)).toEqual({
      kind: "paragraph",
      text: "Siste bærekraftsrevisjon, «Bærekraftsrevisjon høsten 2012», signert 28.11.2012. Svakest: Organisasjonskultur, Opplæring.",
    });
    const signedOnEnd = fixture({ audits: [...fixture().audits, { title: "Bærekraftsrevisjon desember 2012", signedAt: "2012-12-31T15:00:00Z", weakest: ["Ledelse"] }] });
    expect(paragraphs(signedOnEnd).at(-1)).toMatchObject({ text: expect.stringContaining("«Bærekraftsrevisjon desember 2012», signert 31.12.2012") });
  });

  it("says that no audit was signed by the period's end", () => {
    const onlyLater = fixture({ audits: [{ title: "Bærekraftsrevisjon våren 2013", signedAt: "2013-01-01T08:00:00Z", weakest: ["Ledelse"] }] });
    expect(paragraphs(onlyLater).at(-1)).toEqual({ kind: "missing", text: "Ingen bærekraftsrevisjon var signert per 31.12.2012." });
  });
});

describe("assembleReport: the funder's criteria", () => {
  it("answers the criteria from the evidence as of the period's end", () => {
    expect(unanswerableCriteria(assembleReport(fixture()))).toEqual([
      "1. Kort beskrivelse av samhandlingsmodellen og dens overføringsverdi",
      "2. Hvordan tilskuddet har gjort tjenestene bedre for målgruppen",
      "3. Brukernes erfaringer med modellen målt mot målene",
      "4. I hvilken grad prosjektets mål er nådd",
      "6. Hvordan modellen har fått samarbeidsavtalen til å virke bedre i praksis",
    ]);
  });

  it("says the model cannot be answered yet while the pathway was unfinished at the period's end", () => {
    expect(section(fixture(), "kriterium-modell-overforingsverdi").blocks).toEqual([
      { kind: "paragraph", text: "Data: 1 av 2 prioriterte tiltak i modellen er standardisert." },
      { kind: "missing", text: "Kan ikke besvares ennå: modellen er ikke ferdig utviklet; 1 av 2 prioriterte tiltak er ikke standardisert." },
    ]);
    const finishedOnEnd = fixture({ readiness: { ...readiness, tiltak: [kriseplan, ansvarsgruppe(end)] } });
    expect(section(finishedOnEnd, "kriterium-modell-overforingsverdi").blocks).toEqual([{ kind: "paragraph", text: "Data: 2 av 2 prioriterte tiltak i modellen er standardisert." }]);
  });

  it("counts evaluations, user evaluations and goal statuses dated on the period's end", () => {
    const onEnd = fixture({
      readiness: { ...readiness, tiltak: [{ ...kriseplan, evaluations: [{ date: end, decision: "fortsette", nextEvaluationDate: "2013-12-01" }] }, ansvarsgruppe(end)] },
      userEvaluationDates: [end],
      goals: fixture().goals.map((g) => ({ ...g, history: [...g.history, { statusName: "Påbegynt", date: end, comment: "" }] })),
    });
    expect(unanswerableCriteria(assembleReport(onEnd))).toEqual([]);
  });

  it("answers them all in a later report, when the facts are known", () => {
    const later = fixture({ title: "Statusrapport første halvår 2013", period: { start: "2013-01-01", end: "2013-06-30" } });
    expect(unanswerableCriteria(assembleReport(later))).toEqual([]);
  });

  it("heads the criteria with their number and name", () => {
    const criterion = section(fixture(), "kriterium-bygger-pa-avtaler");
    expect(criterion).toMatchObject({ heading: "5. Hvordan modellen bygger på eksisterende samarbeidsavtaler", level: 3 });
    expect(criterion.blocks).toEqual([{ kind: "paragraph", text: "Data: 1 tiltak er knyttet til samarbeidsavtalene." }]);
    expect(section(fixture(), "kriterier")).toMatchObject({ heading: "Kriteriene for måloppnåelse", narrativeKey: null, blocks: [] });
  });
});

describe("chartSvg", () => {
  const p = (x: string, y: number | null, meaning: ModelPoint["meaning"] = "common"): ModelPoint => ({ x, y, cl: 2, lcl: 0.5, ucl: 3.5, part: 1, meaning, side: null, excluded: false, reasons: [], note: "" });
  const model: ChartModel = {
    chart: "i",
    unit: "%",
    yTitle: "Andel (%)",
    points: [p("2011-01-01", 1), p("2011-02-01", 1.5), p("2011-03-01", null), p("2011-04-01", 3.6, "concern"), p("2011-05-01", 3)],
    target: null,
    markers: [],
    rules: "anhoej",
  };
  const svg = chartSvg(model, { title: "Andel <med> plan & mer" });

  it("draws a mark per value in its meaning's colour (and one per legend item), and breaks the line at a missing value", () => {
    expect(svg.match(/<path d="[^"]*" fill="#6b6b6b"/g)).toHaveLength(3 + 1);
    expect(svg.match(/<path d="[^"]*" fill="#b85200"/g)).toHaveLength(1 + 1);
    const lines = [...svg.matchAll(/<path d="([^"]*)" fill="none" stroke="#757575"[^>]*class="value-line"/g)].map((m) => m[1]);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.match(/M/g)).toHaveLength(1);
  });

  it("escapes text so a title cannot inject markup", () => {
    expect(svg).toContain("Andel &lt;med&gt; plan &amp; mer");
    expect(svg).not.toContain("<med>");
  });
});

describe("chartSvg keeps its labels inside the picture", () => {
  const day = (i: number) => new Date(Date.UTC(2011, 0, 1 + 7 * i)).toISOString().slice(0, 10);
  const ddmmyyyy = (x: string) => `${x.slice(8, 10)}.${x.slice(5, 7)}.${x.slice(0, 4)}`;
  const p = (x: string, y: number, cl: number | null = null, lcl: number | null = null, ucl: number | null = null): ModelPoint => ({ x, y, cl, lcl, ucl, part: 1, meaning: "common", side: null, excluded: false, reasons: [], note: "" });
  const modelOf = (points: ModelPoint[]): ChartModel => ({ chart: points[0].ucl === null ? "run" : "i", unit: "%", yTitle: "Andel (%)", points, target: null, markers: [], rules: "anhoej" });

  const cases = {
    "a year of weekly dates": modelOf(Array.from({ length: 53 }, (_, i) => p(day(i), 40 + (i % 7), 43, 30, 56))),
    "two points": modelOf([0, 1].map((i) => p(day(i), i))),
    "one point": modelOf([p(day(0), 5)]),
    "large values": modelOf(Array.from({ length: 12 }, (_, i) => p(day(i * 4), 12_345_678.91 + i * 1000))),
  };

  for (const [name, model] of Object.entries(cases)) {
    it(`has every label within the viewBox, and the last date in full: ${name}`, () => {
      const svg = chartSvg(model, { title: "Andel pasienter med individuell plan og kriseplan ved utskrivning fra Sykehuset Namsos" });
      const { w, h, boxes } = textBoxes(svg);
      expect(boxes.length).toBeGreaterThan(2);
      for (const box of boxes) {
        expect(box.left, box.text).toBeGreaterThanOrEqual(0);
        expect(box.right, box.text).toBeLessThanOrEqual(w);
        expect(box.top, box.text).toBeGreaterThanOrEqual(0);
        expect(box.bottom, box.text).toBeLessThanOrEqual(h);
      }
      expect(boxes.map((b) => b.text)).toContain(ddmmyyyy(model.points.at(-1)!.x));
      const dates = boxes.filter((b) => /^\d\d\.\d\d\.\d{4}$/.test(b.text)).sort((a, b) => a.left - b.left);
      dates.slice(1).forEach((b, i) => expect(b.left, `${dates[i].text} og ${b.text} overlapper`).toBeGreaterThanOrEqual(dates[i].right));
    });
  }
});
