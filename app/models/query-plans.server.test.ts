// The hot queries read the big tables through indexes, never by scanning them: every statement the
// pages' model calls prepare is run through EXPLAIN QUERY PLAN and checked.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { projectAnchoringCoverage } from "../services/anchoring.server";
import { listActivities } from "./activity.server";
import { getMeasure, listMeasureSummaries } from "./measure.server";
import { countOpenRounds, countOverdueDecisions, listLatestSnapshotPairs, listMeasureOwnership, listOpenDecisionOwners, listPortfolioOrganisations, listTiltakResponsibility } from "./portfolio.server";
import { listProjectsForUser } from "./project.server";
import { conferencesWithOpenInputs, latestSnapshots, measuresWithLatestData, openDecisionsOwnedBy, openRoundsWithRaters, pendingInvitations, tiltakWithEvaluations, waitingStepReviews } from "./to-me.server";
import { getUserByEmail } from "./user.server";

const BIG_TABLES = ["data_points", "activities", "activity_organisations", "activity_audiences", "measures", "project_memberships", "tiltak", "goals", "conferences", "audit_log", "decisions", "readiness_snapshots", "step_reviews", "sustainability_rounds", "invitations", "conference_inputs", "tiltak_evaluations"];

/** Runs `work` and returns the query plan of every statement it prepared. */
function plansOf(work: () => unknown): { sql: string; plan: string[] }[] {
  const { sqlite } = getDbHandle();
  const seen: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    seen.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    work();
  } finally {
    sqlite.prepare = prepare;
  }
  return [...new Set(seen)]
    .filter((sql) => /^\s*select/i.test(sql))
    .map((sql) => {
      const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 1);
      const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return { sql, plan: rows.map((r) => r.detail) };
    });
}

const scans = (plans: { sql: string; plan: string[] }[]) =>
  plans.flatMap(({ sql, plan }) => plan.filter((line) => BIG_TABLES.some((t) => new RegExp(`^SCAN ${t}\\b`).test(line))).map((line) => `${line}   ← ${sql.slice(0, 120)}`));

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("query plans of the hot pages", () => {
  it("«Til meg»: what waits on a person, by index in their projects", () => {
    const plans = plansOf(() => {
      openDecisionsOwnedBy(1);
      tiltakWithEvaluations([1, 2]);
      openRoundsWithRaters([1, 2]);
      waitingStepReviews([1, 2]);
      pendingInvitations([1, 2]);
      conferencesWithOpenInputs([1, 2]);
      measuresWithLatestData([1, 2]);
      latestSnapshots([1, 2]);
    });
    expect(plans.length).toBeGreaterThanOrEqual(8);
    expect(scans(plans)).toEqual([]);
  });

  it("project list: memberships by user", () => {
    const plans = plansOf(() => listProjectsForUser(getUserByEmail("radgiver@trinnvis.test")!.id));
    expect(plans.length).toBeGreaterThan(0);
    expect(scans(plans)).toEqual([]);
  });

  it("overview and measure list: only the project's measures and their points", () => {
    expect(scans(plansOf(() => listMeasureSummaries(1)))).toEqual([]);
  });

  it("chart page: one measure's points by index", () => {
    const id = listMeasureSummaries(1)[0].id;
    expect(scans(plansOf(() => getMeasure(1, id)))).toEqual([]);
  });

  it("activities and the coverage view: by project, and links by activity", () => {
    expect(scans(plansOf(() => listActivities(1)))).toEqual([]);
    expect(scans(plansOf(() => projectAnchoringCoverage(1)))).toEqual([]);
  });

  it("portfolio: the person's projects' tiltak, measures and latest points by index", () => {
    const ids = listProjectsForUser(getUserByEmail("radgiver@trinnvis.test")!.id).map((p) => p.id);
    const plans = plansOf(() => [listMeasureOwnership(ids), listTiltakResponsibility(ids), listOpenDecisionOwners(ids), countOverdueDecisions(ids, "2030-01-01"), listLatestSnapshotPairs(ids), listPortfolioOrganisations(ids), countOpenRounds(ids)]);
    expect(plans.length).toBe(7);
    expect(scans(plans)).toEqual([]);
  });

  it("would catch a scan", () => {
    const plans = plansOf(() => getDbHandle().sqlite.prepare("SELECT count(*) FROM data_points WHERE value > 3").get());
    expect(scans(plans)).toHaveLength(1);
  });
});
