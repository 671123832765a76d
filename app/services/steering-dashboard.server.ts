// What the steering group looks at: the project's state gathered from its records.
import { computeStepCoverage } from "../domain/step-coverage";
import { VERDICT_TEXT } from "../domain/readiness";
import { analyseMeasure } from "../domain/measure-analysis";
import { listActivities } from "../models/activity.server";
import { projectFollowUpSummary } from "../models/conference.server";
import { getMeasure, listMeasureSummaries } from "../models/measure.server";
import { getProject, listStepWork } from "../models/project.server";
import { listSnapshots } from "../models/readiness.server";
import { listStepReviews } from "../models/step-review.server";
import { latestSignedAudit } from "../models/sustainability.server";
import { listTiltak } from "../models/tiltak.server";
import { projectAnchoringCoverage } from "./anchoring.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";

export function steeringDashboard(projectId: number) {
  const { steps, labels } = getContent();
  const project = getProject(projectId)!;
  const pendingReview = listStepReviews(projectId).find((r) => r.status === "venter");
  const tiltak = listTiltak(projectId);
  const snapshot = listSnapshots(projectId)[0];
  const audit = latestSignedAudit(projectId);
  return {
    currentStep: project.currentStep,
    pendingStepRequest: pendingReview ? { stepId: pendingReview.stepId, requestedAt: pendingReview.requestedAt } : null,
    steps: computeStepCoverage(steps.steps, listStepWork(projectId)).map((s) => ({ id: s.id, number: s.number, name: s.name, count: s.count, gapThemes: s.themes.filter((t) => t.isGap).map((t) => t.name) })),
    recentActivities: listActivities(projectId).slice(0, 5).map((a) => ({ id: a.id, title: a.title, date: a.endDate ?? a.startDate })),
    tiltakByStatus: Object.entries(labels.tiltakStatuses).map(([status, name]) => ({ status, name, count: tiltak.filter((t) => t.status === status).length })),
    measures: listMeasureSummaries(projectId).map((summary) => {
      const measure = getMeasure(projectId, summary.id)!;
      const analysis = analyseMeasure(measure, measure.points, measure.events, measure.linkedTiltak, (x) => formatDate(String(x)));
      return { id: summary.id, name: summary.name, isIllustrative: summary.isIllustrative, variation: analysis?.mdc.variation ?? "Ingen data", assurance: analysis?.mdc.assurance ?? null };
    }),
    followUp: projectFollowUpSummary(projectId),
    anchoringGaps: projectAnchoringCoverage(projectId).headlines.filter((h) => h.reached < h.total).map((h) => h.text),
    readiness: snapshot ? { verdictText: VERDICT_TEXT[snapshot.verdict], takenAt: snapshot.takenAt, open: snapshot.open } : null,
    audit: audit ? { roundId: audit.roundId, title: audit.title, signedAt: audit.signedAt, weakest: audit.weakest } : null,
  };
}
