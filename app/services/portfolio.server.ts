// The portfolio (/portefolje): every project a person takes part in, with where it stands today.
// The facts are read for all the person's projects at once, and kept while the database and the day are unchanged.
import { cachedRead } from "../models/read-cache.server";
import { hasPortfolio, keptByFilter, readinessTrend, TREND_TEXT, type PortfolioFilter } from "../domain/portfolio";
import { VERDICT_TEXT, type Readiness } from "../domain/readiness";
import { VARIATION_ICON_TEXT, type ChartVerdict } from "../domain/chart-verdict";
import {
  countOpenRounds,
  countOverdueDecisions,
  listLatestSnapshotPairs,
  listMeasureOwnership,
  listPortfolioOrganisations,
} from "../models/portfolio.server";
import { listProjectsForUser } from "../models/project.server";
import { latestSignedAudit } from "../models/sustainability.server";
import { clockToday } from "../utils/clock.server";
import { getContent, stepNames } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { groupBy } from "../utils/group-by";
import { day, type Sheet } from "../utils/spreadsheet.server";
import { osloDayOf } from "../utils/time";
import { measureVerdict } from "./measure-page.server";
import { gapsOf } from "./responsibility.server";

/** How many of a project's latest signals the portfolio shows. */
export const SIGNALS_SHOWN = 3;

type Verdict = Readiness["verdict"];
type Project = { id: number; currentStep: string };

/** A measure's latest special-cause signal: its icons and the day of its latest point. */
export type Signal = { measureId: number; name: string; latestDate: string; verdict: ChartVerdict };

/** The measures whose latest point shows special cause variation, most recent first. */
function latestSignals(projectId: number, measures: ReturnType<typeof listMeasureOwnership>): Signal[] {
  return measures
    .filter((m): m is typeof m & { latestDate: string } => m.latestDate != null)
    .sort((a, b) => b.latestDate.localeCompare(a.latestDate) || a.name.localeCompare(b.name, "nb"))
    .flatMap((m) => {
      const verdict = measureVerdict(projectId, m.id);
      return verdict?.variation && verdict.variation !== "common_cause" ? [{ measureId: m.id, name: m.name, latestDate: m.latestDate, verdict }] : [];
    })
    .slice(0, SIGNALS_SHOWN);
}

/** What the portfolio shows of each project, the same whoever looks. */
function readProjectFacts(projects: readonly Project[], today: string) {
  const ids = projects.map((p) => p.id);
  const measures = groupBy(listMeasureOwnership(ids), (m) => m.projectId);
  const gaps = gapsOf(projects, measures);
  const snapshots = listLatestSnapshotPairs(ids);
  const overdue = countOverdueDecisions(ids, today);
  const openRounds = countOpenRounds(ids);
  const organisations = groupBy(listPortfolioOrganisations(ids), (o) => o.projectId);
  return new Map(
    ids.map((id) => {
      const [latest, previous] = snapshots.get(id) ?? [];
      const audit = latestSignedAudit(id);
      return [
        id,
        {
          readiness: latest
            ? { verdict: latest.verdict as Verdict, verdictText: VERDICT_TEXT[latest.verdict as Verdict], takenAt: latest.takenAt, trend: readinessTrend(latest.verdict as Verdict, (previous?.verdict as Verdict) ?? null) }
            : null,
          overdueDecisions: overdue.get(id) ?? 0,
          signals: latestSignals(id, measures.get(id) ?? []),
          audit: audit ? { roundId: audit.roundId, title: audit.title, signedAt: audit.signedAt, weakest: audit.weakest } : null,
          openRounds: openRounds.get(id) ?? 0,
          gapCount: gaps.get(id)?.length ?? 0,
          organisations: (organisations.get(id) ?? []).map(({ id: organisationId, name }) => ({ id: organisationId, name })),
        },
      ];
    }),
  );
}

/** Null when the person has no portfolio (one project, and not its advisor). */
export function portfolioFor(userId: number, filter: PortfolioFilter) {
  const memberships = listProjectsForUser(userId);
  if (!hasPortfolio(memberships)) return null;
  const today = clockToday();
  const ids = memberships.map((m) => m.id);
  const facts = cachedRead(`portfolio:${ids.join(",")}:${today}`, () => readProjectFacts(memberships, today));
  const content = getContent();
  const roleNames: Record<string, string> = content.labels.projectRoles;
  const steps = stepNames(content);
  const all = memberships.map((m) => {
    const f = facts.get(m.id)!;
    return { id: m.id, name: m.name, role: m.role, roleName: roleNames[m.role] ?? m.role, currentStep: m.currentStep, stepName: steps[m.currentStep] ?? m.currentStep, ...f };
  });
  const rows = all.filter((p) => keptByFilter({ ...p, organisationIds: p.organisations.map((o) => o.id) }, filter));
  const organisationChoices = new Map(all.flatMap((p) => p.organisations.map((o) => [o.id, o.name] as const)));
  return {
    today,
    total: all.length,
    rows,
    isAdvisor: memberships.some((m) => m.role === "radgiver"),
    choices: {
      roles: [...new Set(all.map((p) => p.role))].map((value) => ({ value, label: roleNames[value] ?? value })),
      steps: content.steps.steps.filter((s) => all.some((p) => p.currentStep === s.id)).map((s) => ({ value: s.id, label: steps[s.id] })),
      organisations: [...organisationChoices].map(([id, name]) => ({ value: String(id), label: name })).sort((a, b) => a.label.localeCompare(b.label, "nb")),
    },
  };
}

export type Portfolio = NonNullable<ReturnType<typeof portfolioFor>>;

/** The filter from the query string (?rolle=&steg=&organisasjon=); anything unknown is no filter. */
export function portfolioFilterFrom(params: URLSearchParams): PortfolioFilter {
  const text = (name: string) => params.get(name)?.trim() || null;
  const organisation = text("organisasjon");
  return { role: text("rolle"), step: text("steg"), organisationId: organisation && /^[1-9][0-9]{0,15}$/.test(organisation) ? Number(organisation) : null };
}

const dayOf = (value: string) => day(PLAIN_DAY.test(value) ? value : osloDayOf(value));
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The portfolio as it is shown, one row per project, for the spreadsheet download. */
export function portfolioSheet(portfolio: Portfolio): Sheet {
  const { rows, isAdvisor } = portfolio;
  return {
    name: "Portefølje",
    columns: [
      { header: "Prosjekt", width: 40 },
      { header: "Din rolle" },
      { header: "Steg", width: 28 },
      { header: "Siste «Klar for drift?»", width: 24 },
      { header: "Tatt", width: 12 },
      { header: "Utvikling", width: 12 },
      { header: "Vedtak over fristen", width: 12 },
      { header: "Siste signaler", width: 60 },
      { header: "Siste signerte revisjon", width: 36 },
      { header: "Signert", width: 12 },
      ...(isAdvisor ? [{ header: "Svakeste faktorer", width: 60 }, { header: "Åpne runder", width: 12 }] : []),
      { header: "Uten ansvarlig", width: 12 },
      { header: "Organisasjoner", width: 60 },
    ],
    rows: rows.map((p) => [
      p.name,
      p.roleName,
      p.stepName,
      p.readiness?.verdictText ?? "Ikke tatt",
      p.readiness ? dayOf(p.readiness.takenAt) : null,
      p.readiness ? TREND_TEXT[p.readiness.trend] : null,
      p.overdueDecisions,
      p.signals.map((s) => `${s.name}: ${s.verdict.variation ? VARIATION_ICON_TEXT[s.verdict.variation] : ""} (${formatDate(s.latestDate)})`).join("; "),
      p.audit?.title ?? "Ingen signert revisjon",
      p.audit ? dayOf(p.audit.signedAt) : null,
      ...(isAdvisor ? [p.audit?.weakest.join(", ") ?? "", p.openRounds] : []),
      p.gapCount,
      p.organisations.map((o) => o.name).join(", "),
    ]),
  };
}
