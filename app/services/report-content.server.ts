// Gathers a project's dated facts for a report and assembles it (app/domain/report.ts) as of the period's end.
import { countsOn } from "../domain/dated-facts";
import { assembleReport, type ReportContent } from "../domain/report";
import { listActivities } from "../models/activity.server";
import { listConferenceInputFacts } from "../models/dated-facts.server";
import { listConferences } from "../models/conference.server";
import { listGoals } from "../models/goal.server";
import { listMeasureSummaries, listQualitativeEvaluationDates } from "../models/measure.server";
import { listProjectPeople } from "../models/membership.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { getProject } from "../models/project.server";
import { listSignedAudits } from "../models/sustainability.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { anchoringSources } from "./anchoring.server";
import { measureAsOf } from "./measure-page.server";
import { gatherReadinessInput } from "./readiness.server";
import { goalLabel } from "../domain/goal-label";
import type { ChartModel } from "../domain/chart-model";
import { axisTitle } from "../domain/measure-analysis";
import { hasDenominator, protectSmallCount } from "../domain/measure-series";

const USER_METHODS = ["fokusgruppe", "brukerhistorie", "sporreskjema"] as const;

/** A measure's chart as it stood at the end of the period: analysed on the points known by then. */
function measureSeries(projectId: number, measureId: number, periodEnd: string, protectSmallCounts: boolean) {
  const found = measureAsOf(projectId, measureId, periodEnd);
  if (!found) return null;
  const { measure, analysis } = found;
  const model: ChartModel = analysis ? analysis.model : { chart: "run", unit: measure.unit, yTitle: axisTitle(measure), points: [], target: null, markers: [], rules: "anhoej" };
  // Counts under 3 are shown as in the project's downloads, where the project protects them.
  const count = (v: number | null) => {
    const shown = protectSmallCount(v, protectSmallCounts);
    return typeof shown === "string" ? "under 3" : shown;
  };
  const fractions = hasDenominator(measure.kind) ? Object.fromEntries(measure.points.map((p) => [p.date, { numerator: count(p.numerator), denominator: count(p.denominator) }])) : undefined;
  return { name: measure.name, unit: measure.unit, isIllustrative: measure.isIllustrative, model, fractions, explanation: analysis ? analysis.explanation : [], verdict: analysis ? analysis.verdict : null };
}

/** The report for a period with the project's texts: what was true at the end of the period. */
export function buildReportContent(projectId: number, report: { title: string; periodStart: string; periodEnd: string; narrative: Record<string, string> }): ReportContent {
  const content = getContent();
  const labels = content.labels;
  const project = getProject(projectId)!;
  const period = { start: report.periodStart, end: report.periodEnd };
  const readiness = gatherReadinessInput(projectId, period.end);
  const typeNames = Object.fromEntries(content.activityTypes.activityTypes.map((t) => [t.id, t.name]));
  const activities = listActivities(projectId);
  const inputs = listConferenceInputFacts(projectId);

  return assembleReport({
    title: report.title,
    period,
    project,
    organisations: listProjectOrganisations(projectId).map((o) => ({ name: o.name, levelName: labels.organisationLevels[o.level] })),
    people: listProjectPeople(projectId).map((p) => ({ name: p.name, roleName: labels.projectRoles[p.role], position: p.position, since: p.since })),
    goals: listGoals(projectId).map((g) => ({
      label: goalLabel(g),
      title: g.title,
      // Oldest first, so that of two statuses on one day the one recorded last counts.
      history: [...g.history].reverse().map((h) => ({ statusName: labels.goalStatuses[h.status], date: h.date, comment: h.comment })),
    })),
    steps: content.steps.steps,
    activities: activities.map((a) => ({ title: a.title, startDate: a.startDate, endDate: a.endDate, typeName: typeNames[a.typeId] ?? a.typeId, stepId: a.stepId, themeId: a.themeId })),
    conferences: listConferences(projectId).map((c) => ({
      title: c.title,
      date: c.date,
      endDate: c.endDate,
      participants: c.participantTotal,
      inputs: inputs.filter((i) => i.conferenceId === c.id),
    })),
    followUpNames: labels.inputFollowUps,
    readiness,
    tiltakNames: {
      priorities: labels.tiltakPriorities,
      statuses: labels.tiltakStatuses,
      agreements: Object.fromEntries(content.agreementAreas.agreementAreas.map((a) => [a.id, `Avtale ${a.number}`])),
    },
    measures: listMeasureSummaries(projectId).flatMap((m) => measureSeries(projectId, m.id, period.end, project.protectSmallCounts) ?? []),
    anchoring: anchoringSources(projectId),
    audits: listSignedAudits(projectId).map(({ title, signedAt, weakest }) => ({ title, signedAt, weakest })),
    criteria: content.funderCriteria.criteria,
    userEvaluationDates: listQualitativeEvaluationDates(projectId, USER_METHODS),
    userNeedsMappingDates: activities.filter((a) => a.typeId === "kartlegging").map(countsOn),
    narrative: report.narrative,
    formatDate,
  });
}
