// A status report to the funder, assembled from the project's data: sections of headings, the
// project's own text and blocks (paragraphs, lists, tables, charts) that the print view and the
// Word file both render. Pure: the caller gathers the data; the result is what a sent report freezes.
import { computeAnchoringCoverage, type CoverageOrganisation, type Headline, type Reach } from "./anchoring-coverage";
import { countsOn, knownBy, latestAsOf, overlaps } from "./dated-facts";
import { assessCriterion, criteriaEvidence } from "./funder-criteria";
import { assessFacts, factsAsOf, VERDICT_TEXT, type ReadinessInput } from "./readiness";
import type { StepDefinition } from "./step-coverage";
import type { ChartModel } from "./chart-model";
import type { ChartVerdict } from "./chart-verdict";
import type { AssuranceIcon, VariationIcon } from "./spc";
import { formatNumber } from "../utils/format";

/** The series a chart block carried before it carried a ChartModel; reports frozen then still have it. */
export type ChartSeries = { x: string; y: number | null; cl: number | null; lcl: number | null; ucl: number | null; signal: boolean }[];

/** A measure's chart: its model, or (in a report frozen before models) its series. */
export type ChartBlock = { kind: "chart"; title: string; unit: string } & ({ model: ChartModel } | { series: ChartSeries });

/** The model a chart block draws; an old block's series becomes one (a signal is special cause, neither better nor worse: the old series did not say). */
export function chartBlockModel(block: ChartBlock): ChartModel {
  if ("model" in block) return block.model;
  const unit = block.unit.trim();
  const hasLimits = block.series.some((p) => p.ucl !== null || p.lcl !== null);
  return {
    chart: hasLimits ? "i" : "run",
    unit,
    yTitle: unit ? `Verdi (${unit})` : "Verdi",
    points: block.series.map((p) => ({ ...p, part: 1, meaning: p.signal ? "neutral" : "common", side: null, excluded: false, reasons: [], note: "" })),
    target: null,
    markers: [],
    rules: "anhoej",
  };
}

/** Numerator and denominator of a point, for measures that have them. */
/** A point's numerator and denominator; a small count the project protects is "under 3". */
export type Fraction = { numerator: number | string | null; denominator: number | string | null };

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; headers: string[]; rows: string[][] }
  | ChartBlock
  /** A measure's Making Data Count icons and the sentences that say what they mean. */
  | { kind: "verdict"; variation: VariationIcon | null; assurance: AssuranceIcon | null; sentences: string[] }
  /** Something the reader must know is missing: an empty step, a criterion that cannot be answered. */
  | { kind: "missing"; text: string };

export type ReportSection = {
  key: string;
  heading: string;
  level: 2 | 3;
  /** Where the project's own text for this section is kept; null for a section with data only. */
  narrativeKey: string | null;
  narrative: string;
  blocks: Block[];
};

export type ReportContent = {
  title: string;
  projectName: string;
  period: { start: string; end: string };
  sections: ReportSection[];
};

/**
 * What a report is made from. Every fact is dated, and the report uses only those known by the end
 * of its period: a report for 2012 reads as it would have been written at the end of 2012.
 */
export type ReportInput = {
  title: string;
  period: { start: string; end: string };
  project: { name: string; description: string; owner: string; funder: string; targetGroup: string; startDate: string | null; endDate: string | null };
  organisations: { name: string; levelName: string }[];
  people: { name: string; roleName: string; position: string; since: string }[];
  goals: { label: string; title: string; history: { statusName: string; date: string; comment: string }[] }[];
  steps: StepDefinition[];
  activities: { title: string; startDate: string; endDate: string | null; typeName: string; stepId: string; themeId: string }[];
  conferences: { title: string; date: string; endDate: string | null; participants: number; inputs: { followUp: string; followedUpOn: string | null }[] }[];
  followUpNames: Record<string, string>;
  /** The facts the readiness checks read; the report assesses them as of the end of its period. */
  readiness: ReadinessInput;
  tiltakNames: { priorities: Record<string, string>; statuses: Record<string, string>; agreements: Record<string, string> };
  /** Each measure's chart model (x is the point's ISO date), analysed on the points up to the period's end; with numerators and denominators by date where it has them. */
  measures: { name: string; unit: string; isIllustrative: boolean; model: ChartModel; fractions?: Record<string, Fraction>; explanation: string[]; verdict?: ChartVerdict | null }[];
  anchoring: { organisations: CoverageOrganisation[]; reaches: Reach[]; audienceIds: string[]; describe: (headline: Headline) => string };
  audits: { title: string; signedAt: string; weakest: string[] }[];
  criteria: { id: string; number: number; name: string }[];
  /** Qualitative evaluations with users (focus groups, user stories, questionnaires). */
  userEvaluationDates: string[];
  /** Mappings of users' needs. */
  userNeedsMappingDates: string[];
  narrative: Record<string, string>;
  formatDate: (date: string | null) => string;
};

const countText = (count: number | string) => (typeof count === "string" ? count : formatNumber(count));

/** Builds every section of the report from the data, stating what is empty instead of leaving it out. */
export function assembleReport(input: ReportInput): ReportContent {
  const { period, formatDate: date } = input;
  const asOf = period.end;
  const when = (start: string, end: string | null) => (end && end !== start ? `${date(start)}–${date(end)}` : date(start));
  const byStart = <T extends { startDate: string }>(rows: T[]) => [...rows].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const activities = byStart(input.activities.filter((a) => overlaps(a.startDate, a.endDate, period)));
  // What led up to the project: work done before it started, shown with the background.
  const projectStart = input.project.startDate;
  const groundwork = projectStart
    ? byStart(input.activities.filter((a) => a.startDate < projectStart && !overlaps(a.startDate, a.endDate, period) && knownBy(countsOn(a), asOf)))
    : [];
  const conferences = input.conferences
    .filter((c) => overlaps(c.date, c.endDate, period))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => {
      const followUpCounts: Record<string, number> = {};
      for (const i of c.inputs) {
        const state = knownBy(i.followedUpOn, asOf) ? i.followUp : "ikke_vurdert";
        followUpCounts[state] = (followUpCounts[state] ?? 0) + 1;
      }
      return { ...c, followUpCounts };
    });
  const openInputs = conferences.reduce((sum, c) => sum + (c.followUpCounts.ikke_vurdert ?? 0), 0);
  const facts = factsAsOf({ ...input.readiness, asOf });
  const readiness = assessFacts(facts);
  const goals = input.goals.map((g) => ({ ...g, status: latestAsOf(g.history, asOf) }));
  const people = input.people.filter((p) => knownBy(p.since, asOf));
  const measures = input.measures.map((m) => {
    const points = m.model.points.filter((p) => knownBy(p.x, asOf));
    return { ...m, model: { ...m.model, points, markers: m.model.markers.filter((k) => knownBy(k.x, asOf)) }, series: points };
  });
  const audit = input.audits.filter((a) => knownBy(a.signedAt, asOf)).sort((a, b) => a.signedAt.localeCompare(b.signedAt)).at(-1) ?? null;
  const anchoring = computeAnchoringCoverage(
    input.anchoring.organisations,
    input.anchoring.reaches.filter((r) => knownBy(r.date, asOf)),
    input.anchoring.audienceIds,
  ).headlines.map(input.anchoring.describe);
  const evidence = criteriaEvidence(facts, { goals: goals.map((g) => ({ hasStatus: Boolean(g.status) })), userEvaluationDates: input.userEvaluationDates, userNeedsMappingDates: input.userNeedsMappingDates });
  const section = (key: string, heading: string, blocks: Block[], level: 2 | 3 = 2, narrativeKey: string | null = key): ReportSection => ({
    key,
    heading,
    level,
    narrativeKey,
    narrative: narrativeKey ? (input.narrative[narrativeKey] ?? "") : "",
    blocks,
  });
  const sections: ReportSection[] = [];

  sections.push(
    section("sammendrag", "Sammendrag", [
      {
        kind: "table",
        caption: "Tall for perioden",
        headers: ["", "Antall"],
        rows: [
          ["Aktiviteter", String(activities.length)],
          ["Dialogkonferanser", String(conferences.length)],
          ["Deltakere på dialogkonferansene", String(conferences.reduce((sum, c) => sum + c.participants, 0))],
          ["Innspill uten oppfølging", String(openInputs)],
          ["Tiltak ved periodens slutt", String(facts.tiltak.length)],
          ["Målinger med data ved periodens slutt", String(measures.filter((m) => !m.isIllustrative && m.series.length > 0).length)],
        ],
      },
    ]),
  );

  const p = input.project;
  const levels = [...new Set(input.organisations.map((o) => o.levelName))];
  sections.push(
    section("bakgrunn", "Bakgrunn og organisering", [
      ...(p.description ? [{ kind: "paragraph" as const, text: p.description }] : []),
      {
        kind: "table",
        caption: "Prosjektet",
        headers: ["", ""],
        rows: [
          ["Prosjekteier", p.owner || "Ikke oppgitt"],
          ["Finansiering", p.funder || "Ikke oppgitt"],
          ["Målgruppe", p.targetGroup || "Ikke oppgitt"],
          ["Prosjektperiode", p.startDate ? when(p.startDate, p.endDate) : "Ikke oppgitt"],
        ],
      },
      {
        kind: "table",
        caption: "Organisasjoner som deltar",
        headers: ["Nivå", "Organisasjoner"],
        rows: levels.map((level) => {
          const names = input.organisations.filter((o) => o.levelName === level).map((o) => o.name);
          return [level, `${names.length}: ${names.join(", ")}`];
        }),
      },
      { kind: "table", caption: "Personer i prosjektet", headers: ["Navn", "Rolle", "Stilling"], rows: people.map((x) => [x.name, x.roleName, x.position]) },
      ...(groundwork.length
        ? [
            {
              kind: "table" as const,
              caption: "Forarbeid før prosjektstart",
              headers: ["Aktivitet", "Når", "Type"],
              rows: groundwork.map((a) => [a.title, when(a.startDate, a.endDate), a.typeName]),
            },
          ]
        : []),
    ]),
  );

  sections.push(
    section("mal", "Mål og delmål", [
      goals.length
        ? {
            kind: "table",
            caption: `Mål med status per ${date(asOf)}`,
            headers: ["Mål", "Status", "Vurdert", "Kommentar"],
            rows: goals.map((g) => [`${g.label}: ${g.title}`, g.status?.statusName ?? "Ingen status", date(g.status?.date ?? null), g.status?.comment ?? ""]),
          }
        : { kind: "missing", text: "Prosjektet har ikke registrert mål." },
    ]),
  );

  sections.push(section("resultat", "Resultat: arbeidet i de fem stegene", activities.length ? [] : [{ kind: "missing", text: "Ingen aktiviteter er registrert i perioden." }]));
  for (const step of input.steps) {
    const inStep = activities.filter((a) => a.stepId === step.id);
    const before = groundwork.filter((a) => a.stepId === step.id);
    const blocks: Block[] = inStep.length || before.length
      ? [
          {
            kind: "table",
            caption: `Aktiviteter i steg ${step.number}`,
            headers: ["Tema", "Aktivitet", "Når", "Type"],
            rows: step.themes.flatMap((theme) => {
              const rows = inStep.filter((a) => a.themeId === theme.id).map((a) => [theme.name, a.title, when(a.startDate, a.endDate), a.typeName]);
              const earlier = before.filter((a) => a.themeId === theme.id).map((a) => a.title);
              if (rows.length) return rows;
              return [[theme.name, earlier.length ? `Forarbeid før prosjektstart (se bakgrunnen): ${earlier.join(", ")}` : "Ingen aktiviteter registrert", "", ""]];
            }),
          },
        ]
      : [{ kind: "missing", text: `Ingen aktiviteter er registrert i steget ${step.name} i perioden.` }];
    sections.push(section(`steg-${step.id}`, `${step.number}. ${step.name}`, blocks, 3));
  }

  sections.push(
    section("konferanser", "Dialogkonferanser og hva som kom ut av innspillene", [
      conferences.length
        ? {
            kind: "table",
            caption: "Dialogkonferanser og oppfølgingen av innspillene",
            headers: ["Konferanse", "Når", "Deltakere", "Innspill", ...Object.values(input.followUpNames)],
            rows: conferences.map((c) => [
              c.title,
              when(c.date, c.endDate),
              String(c.participants),
              String(c.inputs.length),
              ...Object.keys(input.followUpNames).map((key) => String(c.followUpCounts[key] ?? 0)),
            ]),
          }
        : { kind: "missing", text: "Ingen dialogkonferanser i perioden." },
    ]),
  );

  sections.push(
    section("tiltak", "Tiltak og status", [
      facts.tiltak.length
        ? {
            kind: "table",
            caption: `Tiltak med status per ${date(asOf)}`,
            headers: ["Tiltak", "Prioritet", "Status", "Neste evaluering", "Samarbeidsavtaler"],
            rows: facts.tiltak.map((t) => [
              t.title,
              input.tiltakNames.priorities[t.priority] ?? t.priority,
              input.tiltakNames.statuses[t.status] ?? t.status,
              date(t.nextEvaluationDate),
              t.agreementAreaIds.map((id) => input.tiltakNames.agreements[id] ?? id).join(", "),
            ]),
          }
        : { kind: "missing", text: "Ingen tiltak var registrert ved periodens slutt." },
    ]),
  );

  const measured = measures.filter((m) => m.series.length > 0);
  const unmeasured = measures.filter((m) => m.series.length === 0);
  const titleOf = (m: (typeof measures)[number]) => `${m.name}${m.isIllustrative ? " (illustrerende data)" : ""}`;
  // A chart of one point says nothing a table row does not: such measures share one table.
  const charted = measured.filter((m) => m.series.filter((p) => p.y !== null).length >= 2);
  const single = measured.filter((m) => !charted.includes(m));
  const withFractions = single.some((m) => m.fractions);
  const singleRow = (m: (typeof measures)[number]) => {
    const p = m.series.find((q) => q.y !== null) ?? m.series[0];
    const fraction = m.fractions?.[p.x];
    const unit = m.unit.trim();
    const row = [titleOf(m), date(p.x), p.y === null ? "–" : `${formatNumber(p.y)}${unit ? ` ${unit}` : ""}`];
    return withFractions ? [...row, fraction && fraction.numerator !== null && fraction.denominator !== null ? `${countText(fraction.numerator)} / ${countText(fraction.denominator)}` : "–"] : row;
  };
  sections.push(
    section("malinger", "Målinger og hva de viser", [
      ...charted.flatMap((m): Block[] => [
        { kind: "chart", title: titleOf(m), unit: m.unit, model: m.model },
        ...(m.verdict ? [{ kind: "verdict" as const, variation: m.verdict.variation, assurance: m.verdict.assurance, sentences: m.verdict.sentences }] : []),
        ...m.explanation.map((text) => ({ kind: "paragraph" as const, text })),
      ]),
      ...(single.length
        ? [{ kind: "table" as const, caption: "Målinger med ett punkt", headers: ["Måling", "Dato", "Verdi", ...(withFractions ? ["Teller / nevner"] : [])], rows: single.map(singleRow) }]
        : []),
      ...(measured.length === 0 ? [{ kind: "missing" as const, text: "Ingen målinger har data i perioden." }] : []),
      ...(unmeasured.length ? [{ kind: "missing" as const, text: `Uten data: ${unmeasured.map((m) => m.name).join(", ")}.` }] : []),
    ]),
  );

  sections.push(
    section("forankring", "Forankring", anchoring.length ? [{ kind: "list", items: anchoring }] : [{ kind: "missing", text: "Ingen forankring er registrert." }]),
  );

  sections.push(
    section("drift", "Fra prosjekt til drift", [
      { kind: "paragraph", text: `«Klar for drift?» per ${date(asOf)}: ${VERDICT_TEXT[readiness.verdict]}.` },
      ...(readiness.todo.length ? [{ kind: "list" as const, items: readiness.todo }] : []),
      audit
        ? { kind: "paragraph", text: `Siste bærekraftsrevisjon, «${audit.title}», signert ${date(audit.signedAt)}. Svakest: ${audit.weakest.join(", ")}.` }
        : { kind: "missing", text: `Ingen bærekraftsrevisjon var signert per ${date(asOf)}.` },
    ]),
  );

  sections.push(section("kriterier", "Kriteriene for måloppnåelse", [], 2, null));
  for (const criterion of input.criteria) {
    const assessed = assessCriterion(criterion.id, evidence);
    sections.push(
      section(
        `kriterium-${criterion.id}`,
        `${criterion.number}. ${criterion.name}`,
        [{ kind: "paragraph", text: `Data: ${assessed.data}` }, ...(assessed.answerable ? [] : [{ kind: "missing" as const, text: `Kan ikke besvares ennå: ${assessed.reason}` }])],
        3,
      ),
    );
  }

  return { title: input.title, projectName: input.project.name, period, sections };
}

/** The criteria the data says cannot yet be answered, by number. */
export const unanswerableCriteria = (content: ReportContent) =>
  content.sections.filter((s) => s.key.startsWith("kriterium-") && s.blocks.some((b) => b.kind === "missing")).map((s) => s.heading);

/** The sections the project writes its own text for, by key. */
export const narrativeKeys = (content: ReportContent) => content.sections.flatMap((s) => (s.narrativeKey ? [s.narrativeKey] : []));
