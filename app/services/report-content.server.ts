// Gathers a project's data for a report period and assembles the report (app/domain/report.ts).
import { analyseMeasure } from "../domain/measure-analysis";
import { VERDICT_TEXT } from "../domain/readiness";
import { assembleReport, type ChartSeries, type ReportContent } from "../domain/report";
import { listActivities } from "../models/activity.server";
import { listConferences } from "../models/conference.server";
import { listGoals } from "../models/goal.server";
import { countQualitativeEvaluations, getMeasure, listMeasureSummaries } from "../models/measure.server";
import { listProjectPeople } from "../models/membership.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { getProject } from "../models/project.server";
import { gatherReadinessInput, listSnapshots, projectReadiness } from "../models/readiness.server";
import { latestSignedAudit } from "../models/sustainability.server";
import { projectAnchoringCoverage } from "./anchoring.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";

const USER_METHODS = ["fokusgruppe", "brukerhistorie", "sporreskjema"] as const;

function measureSeries(projectId: number, measureId: number, periodEnd: string) {
  const measure = getMeasure(projectId, measureId);
  if (!measure) return null;
  const points = measure.points.filter((p) => p.date <= periodEnd);
  const analysis = analyseMeasure(measure, points, measure.events, measure.linkedTiltak, (x) => formatDate(String(x)));
  const series: ChartSeries = analysis
    ? analysis.result.points.map((p) => ({ x: String(p.x), y: p.y, cl: p.cl, lcl: p.lcl, ucl: p.ucl, signal: p.sigmaSignal || p.runsSignal }))
    : [];
  return { name: measure.name, unit: measure.unit, isIllustrative: measure.isIllustrative, series, explanation: analysis ? analysis.explanation : [] };
}

/** The report for a period as it stands now, with the project's texts. */
export function buildReportContent(projectId: number, report: { title: string; periodStart: string; periodEnd: string; narrative: Record<string, string> }): ReportContent {
  const content = getContent();
  const labels = content.labels;
  const project = getProject(projectId)!;
  const period = { start: report.periodStart, end: report.periodEnd };
  const readinessInput = gatherReadinessInput(projectId, period.end);
  const agreementNames = Object.fromEntries(content.agreementAreas.agreementAreas.map((a) => [a.id, `Avtale ${a.number}`]));
  const typeNames = Object.fromEntries(content.activityTypes.activityTypes.map((t) => [t.id, t.name]));
  const activities = listActivities(projectId);
  const conferences = listConferences(projectId);
  const goals = listGoals(projectId).map((g) => {
    const status = g.history.find((h) => h.date <= period.end);
    return { id: g.id, label: `${labels.goalKinds[g.kind]}${g.number ? ` ${g.number}` : ""}`, title: g.title, status };
  });
  const measureIds = listMeasureSummaries(projectId).map((m) => m.id);
  const snapshot = listSnapshots(projectId).find((s) => s.asOf <= period.end);
  const readiness = snapshot ?? { asOf: period.end, ...projectReadiness(projectId, period.end) };
  const audit = latestSignedAudit(projectId);
  const prioritised = readinessInput.tiltak.filter((t) => t.priority === "prioritert");
  const evaluated = (t: { status: string }) => t.status === "evaluert";

  return assembleReport({
    title: report.title,
    period,
    project,
    organisations: listProjectOrganisations(projectId).map((o) => ({ name: o.name, levelName: labels.organisationLevels[o.level] })),
    people: listProjectPeople(projectId).map((p) => ({ name: p.name, roleName: labels.projectRoles[p.role], position: p.position })),
    goals: goals.map((g) => ({
      label: g.label,
      title: g.title,
      statusName: g.status ? labels.goalStatuses[g.status.status] : null,
      statusDate: g.status?.date ?? null,
      comment: g.status?.comment ?? "",
    })),
    steps: content.steps.steps,
    activities: activities.map((a) => ({ title: a.title, startDate: a.startDate, endDate: a.endDate, typeName: typeNames[a.typeId] ?? a.typeId, stepId: a.stepId, themeId: a.themeId })),
    conferences: conferences.map((c) => ({ title: c.title, date: c.date, endDate: c.endDate, participants: c.participantTotal, inputs: c.followUp.total, followUpCounts: c.followUp })),
    followUpNames: labels.inputFollowUps,
    tiltak: readinessInput.tiltak.map((t) => ({
      title: t.title,
      priorityName: labels.tiltakPriorities[t.priority as keyof typeof labels.tiltakPriorities],
      statusName: labels.tiltakStatuses[t.status as keyof typeof labels.tiltakStatuses],
      nextEvaluationDate: t.nextEvaluationDate,
      agreements: t.agreementAreaIds.map((id) => agreementNames[id] ?? id),
    })),
    measures: measureIds.flatMap((id) => measureSeries(projectId, id, period.end) ?? []),
    anchoringHeadlines: projectAnchoringCoverage(projectId).headlines.map((h) => h.text),
    readiness: { asOf: readiness.asOf, verdictText: VERDICT_TEXT[readiness.verdict], todo: readiness.todo },
    audit: audit ? { title: audit.title, signedAt: audit.signedAt, weakest: audit.weakest } : null,
    criteria: content.funderCriteria.criteria,
    evidence: {
      prioritisedTiltak: prioritised.length,
      evaluatedTiltak: prioritised.filter(evaluated).length,
      measuresAnalysedAgainstGoals: readinessInput.measures.filter((m) => !m.isIllustrative && m.goalIds.length > 0 && m.pointCount >= 10).length,
      userEvaluations: countQualitativeEvaluations(projectId, USER_METHODS),
      goals: goals.length,
      goalsWithStatus: goals.filter((g) => g.status).length,
      tiltakWithAgreements: readinessInput.tiltak.filter((t) => t.agreementAreaIds.length > 0).length,
      evaluatedAgreementTiltak: readinessInput.tiltak.filter((t) => t.agreementAreaIds.length > 0 && evaluated(t)).length,
      userNeedsSources: activities.filter((a) => a.typeId === "kartlegging").length + (readinessInput.userInputAtConferences ? 1 : 0),
    },
    narrative: report.narrative,
    formatDate,
  });
}
