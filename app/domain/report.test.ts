import { describe, expect, it } from "vitest";
import { chartSvg } from "./chart-svg";
import { assembleReport, unanswerableCriteria, type ReportInput } from "./report";
import type { CriteriaEvidence } from "./funder-criteria";

const steps = [
  { id: "forberedelse", number: 1, name: "Forberedelse", themes: [{ id: "forankre", name: "Forankre" }, { id: "kunnskapsgrunnlag", name: "Kunnskapsgrunnlag" }] },
  { id: "kontrollere", number: 4, name: "Kontrollere", themes: [{ id: "male-analysere", name: "Måle og analysere" }] },
];
const noEvidence: CriteriaEvidence = {
  prioritisedTiltak: 0, evaluatedTiltak: 0, measuresAnalysedAgainstGoals: 0, userEvaluations: 0,
  goals: 0, goalsWithStatus: 0, tiltakWithAgreements: 0, evaluatedAgreementTiltak: 0, userNeedsSources: 0,
};
const fixture = (over: Partial<ReportInput> = {}): ReportInput => ({
  title: "Statusrapport 2011",
  period: { start: "2011-01-01", end: "2011-12-31" },
  project: { name: "Testprosjekt", description: "Bedre samhandling.", owner: "HNT", funder: "Helsedirektoratet", targetGroup: "Voksne", startDate: "2009-10-01", endDate: "2013-12-31" },
  organisations: [{ name: "Grong kommune", levelName: "Kommune" }, { name: "Namsos kommune", levelName: "Kommune" }, { name: "HNT", levelName: "Spesialisthelsetjeneste" }],
  people: [{ name: "Kari", roleName: "Prosjektleder", position: "50 %" }],
  goals: [{ label: "Hovedmål", title: "En modell", statusName: "Pågår", statusDate: "2011-06-01", comment: "" }],
  steps,
  activities: [
    { title: "Besøksrunde", startDate: "2011-03-01", endDate: "2011-06-15", typeName: "Besøksrunde", stepId: "forberedelse", themeId: "forankre" },
    { title: "Litteratur", startDate: "2010-01-15", endDate: "2011-01-10", typeName: "Litteraturgjennomgang", stepId: "forberedelse", themeId: "kunnskapsgrunnlag" },
    { title: "For tidlig", startDate: "2010-02-01", endDate: null, typeName: "Møte", stepId: "forberedelse", themeId: "forankre" },
  ],
  conferences: [{ title: "Dialogkonferanse Namsos", date: "2011-10-12", endDate: null, participants: 40, inputs: 3, followUpCounts: { ikke_vurdert: 1, tatt_inn_i_tiltak: 2 } }],
  followUpNames: { ikke_vurdert: "Ikke vurdert", tatt_inn_i_tiltak: "Tatt inn i tiltak" },
  tiltak: [],
  measures: [{ name: "Andel med plan", unit: "%", isIllustrative: false, series: [], explanation: [] }],
  anchoringHeadlines: ["Ledere nådd: 2 av 2 kommuner"],
  readiness: null,
  audit: null,
  criteria: [
    { id: "forbedret-tjenester", number: 2, name: "Forbedret tjenestene" },
    { id: "bygger-pa-avtaler", number: 5, name: "Bygger på avtalene" },
  ],
  evidence: noEvidence,
  narrative: { sammendrag: "Året gikk bra.", "kriterium-bygger-pa-avtaler": "Knyttet til avtale 2." },
  formatDate: (d) => (d ? d.split("-").reverse().join(".") : ""),
  ...over,
});
const section = (input: ReportInput, key: string) => assembleReport(input).sections.find((s) => s.key === key)!;

describe("assembleReport", () => {
  it("places the period's activities in their step and theme, and keeps those outside the period out", () => {
    const forberedelse = section(fixture(), "steg-forberedelse");
    expect(forberedelse.blocks[0]).toMatchObject({
      kind: "table",
      rows: [
        ["Forankre", "Besøksrunde", "01.03.2011–15.06.2011", "Besøksrunde"],
        ["Kunnskapsgrunnlag", "Litteratur", "15.01.2010–10.01.2011", "Litteraturgjennomgang"],
      ],
    });
  });

  it("states an empty step instead of leaving it out", () => {
    expect(section(fixture(), "steg-kontrollere").blocks).toEqual([{ kind: "missing", text: "Ingen aktiviteter er registrert i steget Kontrollere i perioden." }]);
  });

  it("carries the project's own text with each section", () => {
    expect(section(fixture(), "sammendrag").narrative).toBe("Året gikk bra.");
    expect(section(fixture(), "kriterium-bygger-pa-avtaler").narrative).toBe("Knyttet til avtale 2.");
  });

  it("counts the period's figures and the follow-up of conference inputs", () => {
    const figures = section(fixture(), "sammendrag").blocks[0];
    expect(figures).toMatchObject({ rows: expect.arrayContaining([["Aktiviteter", "2"], ["Deltakere på dialogkonferansene", "40"], ["Innspill uten oppfølging", "1"]]) });
    expect(section(fixture(), "konferanser").blocks[0]).toMatchObject({ rows: [["Dialogkonferanse Namsos", "12.10.2011", "40", "3", "1", "2"]] });
  });

  it("states which criteria the data cannot yet answer, and why", () => {
    const content = assembleReport(fixture({ evidence: { ...noEvidence, tiltakWithAgreements: 3 } }));
    expect(unanswerableCriteria(content)).toEqual(["2. Forbedret tjenestene"]);
    const criterion = content.sections.find((s) => s.key === "kriterium-forbedret-tjenester")!;
    expect(criterion.blocks[1]).toMatchObject({ kind: "missing", text: expect.stringContaining("modellen er ikke ferdig utviklet og ikke evaluert") });
    const answered = assembleReport(fixture({ evidence: { ...noEvidence, tiltakWithAgreements: 3, measuresAnalysedAgainstGoals: 1 } }));
    expect(unanswerableCriteria(answered)).toEqual([]);
  });

  it("lists measures without data and says when no readiness check or audit exists", () => {
    expect(section(fixture(), "malinger").blocks).toEqual([
      { kind: "missing", text: "Ingen målinger har data i perioden." },
      { kind: "missing", text: "Uten data: Andel med plan." },
    ]);
    expect(section(fixture(), "drift").blocks.map((b) => b.kind)).toEqual(["missing", "missing"]);
  });

  it("draws a measure with data as a chart followed by what the chart shows", () => {
    const series = [
      { x: "2011-01-01", y: 1, cl: 2, lcl: null, ucl: null, signal: false },
      { x: "2011-02-01", y: 3, cl: 2, lcl: null, ucl: null, signal: true },
    ];
    const blocks = section(fixture({ measures: [{ name: "Planer", unit: "", isIllustrative: true, series, explanation: ["Ingen signaler."] }] }), "malinger").blocks;
    expect(blocks).toEqual([
      { kind: "chart", title: "Planer (illustrative data)", unit: "", series },
      { kind: "paragraph", text: "Ingen signaler." },
    ]);
  });
});

describe("chartSvg", () => {
  const series = [
    { x: "2011-01-01", y: 1, cl: 2, lcl: 0.5, ucl: 3.5, signal: false },
    { x: "2011-02-01", y: null, cl: 2, lcl: 0.5, ucl: 3.5, signal: false },
    { x: "2011-03-01", y: 3, cl: 2, lcl: 0.5, ucl: 3.5, signal: true },
  ];
  const svg = chartSvg(series, { title: "Andel <med> plan & mer", formatX: (x) => x.slice(5), formatY: (y) => y.toFixed(1).replace(".", ",") });

  it("draws a point per value, a signal in red, and breaks the line at a missing value", () => {
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('fill="#c01b1b"');
    const line = svg.match(/<path d="([^"]*)" fill="none" stroke="#1e5aa0"/)![1];
    expect(line.match(/M/g)).toHaveLength(2);
  });

  it("escapes text so a title cannot inject markup", () => {
    expect(svg).toContain("Andel &lt;med&gt; plan &amp; mer");
    expect(svg).not.toContain("<med>");
  });
});
