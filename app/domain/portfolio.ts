// The portfolio's small judgements: which way readiness moved, and which projects a filter keeps. Pure.
import type { Readiness } from "./readiness";

type Verdict = Readiness["verdict"];
export type ReadinessTrend = "bedre" | "verre" | "uendret" | "forste";

export const TREND_TEXT: Record<ReadinessTrend, string> = { bedre: "bedre", verre: "verre", uendret: "uendret", forste: "første" };

const RANK: Record<Verdict, number> = { ikke_klar: 0, nesten: 1, klar: 2 };

/** The latest verdict against the one before it; «første» when there is nothing before. */
export function readinessTrend(latest: Verdict, previous: Verdict | null): ReadinessTrend {
  if (!previous) return "forste";
  const change = RANK[latest] - RANK[previous];
  return change > 0 ? "bedre" : change < 0 ? "verre" : "uendret";
}

export type PortfolioFilter = { role: string | null; step: string | null; organisationId: number | null };

/** Whether a project passes every filter that is set. */
export function keptByFilter(project: { role: string; currentStep: string; organisationIds: readonly number[] }, filter: PortfolioFilter): boolean {
  return (
    (!filter.role || project.role === filter.role) &&
    (!filter.step || project.currentStep === filter.step) &&
    (filter.organisationId == null || project.organisationIds.includes(filter.organisationId))
  );
}

/** Who has a portfolio: someone in more than one project, and every advisor. */
export const hasPortfolio = (memberships: readonly { role: string }[]) => memberships.length > 1 || memberships.some((m) => m.role === "radgiver");
