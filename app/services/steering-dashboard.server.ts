// What the steering group looks at: the project's state as of a day, gathered from its records.
import { countsOn, knownBy } from "../domain/dated-facts";
import { summariseFollowUp, type FollowUp } from "../domain/input-follow-up";
import { assessFacts, factsAsOf, VERDICT_TEXT } from "../domain/readiness";
import { computeStepCoverage } from "../domain/step-coverage";
import { listActivities } from "../models/activity.server";
import { listMeasureSummaries } from "../models/measure.server";
import { getProject, listStepWork } from "../models/project.server";
import { listStepReviews } from "../models/step-review.server";
import { latestSignedAudit } from "../models/sustainability.server";
import { getContent } from "../utils/content.server";
import { projectAnchoringCoverage } from "./anchoring.server";
import { measureAsOf } from "./measure-page.server";
import { gatherReadinessInput } from "./readiness.server";

export function steeringDashboard(projectId: number, asOf: string) {
  const { steps, labels } = getContent();
  const project = getProject(projectId)!;
  const pendingReview = listStepReviews(projectId).find((r) => r.status === "venter");
  const readinessInput = gatherReadinessInput(projectId, asOf);
  const facts = factsAsOf(readinessInput);
  const readiness = assessFacts(facts);
  const audit = latestSignedAudit(projectId, asOf);
  return {
    currentStep: project.currentStep,
    pendingStepRequest: pendingReview ? { stepId: pendingReview.stepId, requestedAt: pendingReview.requestedAt } : null,
    steps: computeStepCoverage(steps.steps, listStepWork(projectId).filter((w) => knownBy(w.date, asOf))).map((s) => ({
      id: s.id,
      number: s.number,
      name: s.name,
      count: s.count,
      gapThemes: s.themes.filter((t) => t.isGap).map((t) => t.name),
    })),
    recentActivities: listActivities(projectId)
      .filter((a) => knownBy(a.startDate, asOf))
      .slice(0, 5)
      .map((a) => ({ id: a.id, title: a.title, date: knownBy(countsOn(a), asOf) ? countsOn(a) : a.startDate })),
    tiltakByStatus: Object.entries(labels.tiltakStatuses).map(([status, name]) => ({ status, name, count: facts.tiltak.filter((t) => t.status === status).length })),
    measures: listMeasureSummaries(projectId).map((summary) => {
      const analysis = measureAsOf(projectId, summary.id, asOf)?.analysis;
      return { id: summary.id, name: summary.name, isIllustrative: summary.isIllustrative, verdict: analysis?.verdict ?? null };
    }),
    followUp: summariseFollowUp(facts.conferenceInputs.map((i) => ({ followUp: i.followUp as FollowUp }))),
    anchoringGaps: projectAnchoringCoverage(projectId, asOf)
      .headlines.filter((h) => h.reached < h.total)
      .map((h) => h.text),
    readiness: { verdictText: VERDICT_TEXT[readiness.verdict], open: readiness.checks.filter((c) => c.status === "ikke_bestatt" || c.status === "ubesvart").length },
    audit: audit ? { roundId: audit.roundId, title: audit.title, signedAt: audit.signedAt, weakest: audit.weakest } : null,
  };
}
