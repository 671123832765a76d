// A status report to the funder, assembled from the project's data: sections of headings, the
// project's own text and blocks (paragraphs, lists, tables, charts) that the print view and the
// Word file both render. Pure: the caller gathers the data; the result is what a sent report freezes.
import { assessCriterion, type CriteriaEvidence } from "./funder-criteria";
import type { StepDefinition } from "./step-coverage";

export type ChartSeries = { x: string; y: number | null; cl: number | null; lcl: number | null; ucl: number | null; signal: boolean }[];

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; headers: string[]; rows: string[][] }
  | { kind: "chart"; title: string; unit: string; series: ChartSeries }
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

export type ReportInput = {
  title: string;
  period: { start: string; end: string };
  project: { name: string; description: string; owner: string; funder: string; targetGroup: string; startDate: string | null; endDate: string | null };
  organisations: { name: string; levelName: string }[];
  people: { name: string; roleName: string; position: string }[];
  goals: { label: string; title: string; statusName: string | null; statusDate: string | null; comment: string }[];
  steps: StepDefinition[];
  activities: { title: string; startDate: string; endDate: string | null; typeName: string; stepId: string; themeId: string }[];
  conferences: { title: string; date: string; endDate: string | null; participants: number; inputs: number; followUpCounts: Record<string, number> }[];
  followUpNames: Record<string, string>;
  tiltak: { title: string; priorityName: string; statusName: string; nextEvaluationDate: string | null; agreements: string[] }[];
  measures: { name: string; unit: string; isIllustrative: boolean; series: ChartSeries; explanation: string[] }[];
  anchoringHeadlines: string[];
  readiness: { asOf: string; verdictText: string; todo: string[] } | null;
  audit: { title: string; signedAt: string; weakest: string[] } | null;
  criteria: { id: string; number: number; name: string }[];
  evidence: CriteriaEvidence;
  narrative: Record<string, string>;
  formatDate: (date: string | null) => string;
};

const overlaps = (start: string, end: string | null, period: { start: string; end: string }) => start <= period.end && (end ?? start) >= period.start;

/** Builds every section of the report from the data, stating what is empty instead of leaving it out. */
export function assembleReport(input: ReportInput): ReportContent {
  const { period, formatDate: date } = input;
  const when = (start: string, end: string | null) => (end && end !== start ? `${date(start)}–${date(end)}` : date(start));
  const activities = input.activities.filter((a) => overlaps(a.startDate, a.endDate, period)).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const conferences = input.conferences.filter((c) => overlaps(c.date, c.endDate, period)).sort((a, b) => a.date.localeCompare(b.date));
  const openInputs = conferences.reduce((sum, c) => sum + (c.followUpCounts.ikke_vurdert ?? 0), 0);
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
          ["Tiltak", String(input.tiltak.length)],
          ["Målinger med data", String(input.measures.filter((m) => !m.isIllustrative && m.series.length > 0).length)],
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
      { kind: "table", caption: "Personer i prosjektet", headers: ["Navn", "Rolle", "Stilling"], rows: input.people.map((x) => [x.name, x.roleName, x.position]) },
    ]),
  );

  sections.push(
    section("mal", "Mål og delmål", [
      input.goals.length
        ? {
            kind: "table",
            caption: "Mål med siste status",
            headers: ["Mål", "Status", "Vurdert", "Kommentar"],
            rows: input.goals.map((g) => [`${g.label}: ${g.title}`, g.statusName ?? "Ingen status", date(g.statusDate), g.comment]),
          }
        : { kind: "missing", text: "Prosjektet har ikke registrert mål." },
    ]),
  );

  sections.push(section("resultat", "Resultat: arbeidet i de fem stegene", activities.length ? [] : [{ kind: "missing", text: "Ingen aktiviteter er registrert i perioden." }]));
  for (const step of input.steps) {
    const inStep = activities.filter((a) => a.stepId === step.id);
    const blocks: Block[] = inStep.length
      ? [
          {
            kind: "table",
            caption: `Aktiviteter i steg ${step.number}`,
            headers: ["Tema", "Aktivitet", "Når", "Type"],
            rows: step.themes.flatMap((theme) => {
              const rows = inStep.filter((a) => a.themeId === theme.id).map((a) => [theme.name, a.title, when(a.startDate, a.endDate), a.typeName]);
              return rows.length ? rows : [[theme.name, "Ingen aktiviteter registrert", "", ""]];
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
              String(c.inputs),
              ...Object.keys(input.followUpNames).map((key) => String(c.followUpCounts[key] ?? 0)),
            ]),
          }
        : { kind: "missing", text: "Ingen dialogkonferanser i perioden." },
    ]),
  );

  sections.push(
    section("tiltak", "Tiltak og status", [
      input.tiltak.length
        ? {
            kind: "table",
            caption: "Tiltak",
            headers: ["Tiltak", "Prioritet", "Status", "Neste evaluering", "Samarbeidsavtaler"],
            rows: input.tiltak.map((t) => [t.title, t.priorityName, t.statusName, date(t.nextEvaluationDate), t.agreements.join(", ")]),
          }
        : { kind: "missing", text: "Ingen tiltak er registrert." },
    ]),
  );

  const measured = input.measures.filter((m) => m.series.length > 0);
  const unmeasured = input.measures.filter((m) => m.series.length === 0);
  sections.push(
    section("malinger", "Målinger og hva de viser", [
      ...measured.flatMap((m): Block[] => [
        { kind: "chart", title: `${m.name}${m.isIllustrative ? " (illustrative data)" : ""}`, unit: m.unit, series: m.series },
        ...m.explanation.map((text) => ({ kind: "paragraph" as const, text })),
      ]),
      ...(measured.length === 0 ? [{ kind: "missing" as const, text: "Ingen målinger har data i perioden." }] : []),
      ...(unmeasured.length ? [{ kind: "missing" as const, text: `Uten data: ${unmeasured.map((m) => m.name).join(", ")}.` }] : []),
    ]),
  );

  sections.push(
    section("forankring", "Forankring", input.anchoringHeadlines.length ? [{ kind: "list", items: input.anchoringHeadlines }] : [{ kind: "missing", text: "Ingen forankring er registrert." }]),
  );

  sections.push(
    section("drift", "Fra prosjekt til drift", [
      input.readiness
        ? { kind: "paragraph", text: `«Klar for drift?» per ${date(input.readiness.asOf)}: ${input.readiness.verdictText}.` }
        : { kind: "missing", text: "Sjekken «Klar for drift?» er ikke tatt." },
      ...(input.readiness?.todo.length ? [{ kind: "list" as const, items: input.readiness.todo }] : []),
      input.audit
        ? { kind: "paragraph", text: `Siste bærekraftsrevisjon, «${input.audit.title}», signert ${date(input.audit.signedAt)}. Svakest: ${input.audit.weakest.join(", ")}.` }
        : { kind: "missing", text: "Ingen bærekraftsrevisjon er signert." },
    ]),
  );

  sections.push(section("kriterier", "Kriteriene for måloppnåelse", [], 2, null));
  for (const criterion of input.criteria) {
    const assessed = assessCriterion(criterion.id, input.evidence);
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
