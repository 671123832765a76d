import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db/client.server";
import { projects, stepReviews, users, STEP_IDS } from "../../db/schema";
import { checkStepDecision, nextStep, type StepDecision } from "../domain/step-progression";
import { writeAudit } from "./audit.server";
import { changedFields } from "../utils/audit-changes.server";

export type StepReviewResult = { status: "saved" } | { status: "not_found" } | { status: "refused"; message: string };

const requester = alias(users, "requester");
const decider = alias(users, "decider");

/** The project's requests for step approval, newest first, with who asked and who decided. */
export function listStepReviews(projectId: number) {
  return getDb()
    .select({ review: stepReviews, requestedByName: requester.name, decidedByName: decider.name })
    .from(stepReviews)
    .leftJoin(requester, eq(requester.id, stepReviews.requestedBy))
    .leftJoin(decider, eq(decider.id, stepReviews.decidedBy))
    .where(eq(stepReviews.projectId, projectId))
    .orderBy(desc(stepReviews.requestedAt), desc(stepReviews.id))
    .all()
    .map(({ review, requestedByName, decidedByName }) => ({ ...review, requestedByName, decidedByName }));
}

/** The project leader asks the steering group to approve the current step as done. One request at a time. */
export function requestStepApproval(input: { projectId: number; userId: number; justification: string; now?: string }): StepReviewResult {
  return getDb().transaction((tx) => {
    const project = tx.select().from(projects).where(eq(projects.id, input.projectId)).get();
    if (!project) return { status: "not_found" };
    const pending = tx.select().from(stepReviews).where(and(eq(stepReviews.projectId, input.projectId), eq(stepReviews.status, "venter"))).get();
    if (pending) return { status: "refused", message: "Det finnes allerede en forespørsel som venter på styringsgruppen." };
    const row = tx
      .insert(stepReviews)
      .values({ projectId: input.projectId, stepId: project.currentStep, requestedBy: input.userId, requestedAt: input.now ?? new Date().toISOString(), justification: input.justification })
      .returning()
      .get();
    writeAudit({ userId: input.userId, action: "create", entityType: "step_review", entityId: row.id, projectId: input.projectId });
    return { status: "saved" };
  });
}

/** A steering-group member approves (the project moves on to the next step) or sends the request back. */
export function decideStepReview(input: { projectId: number; reviewId: number; userId: number; decision: StepDecision; comment: string; now?: string }): StepReviewResult {
  return getDb().transaction((tx) => {
    const review = tx.select().from(stepReviews).where(and(eq(stepReviews.id, input.reviewId), eq(stepReviews.projectId, input.projectId))).get();
    if (!review) return { status: "not_found" };
    const problem = checkStepDecision(review, input.decision, input.comment);
    if (problem) return { status: "refused", message: problem };
    tx.update(stepReviews)
      .set({ status: input.decision, decidedBy: input.userId, decidedAt: input.now ?? new Date().toISOString(), comment: input.comment })
      .where(and(eq(stepReviews.id, review.id), eq(stepReviews.status, "venter")))
      .run();
    const next = nextStep(STEP_IDS, review.stepId);
    if (input.decision === "godkjent" && next) {
      tx.update(projects)
        .set({ currentStep: next as (typeof STEP_IDS)[number], version: sql`${projects.version} + 1`, updatedAt: new Date().toISOString() })
        .where(and(eq(projects.id, input.projectId), eq(projects.currentStep, review.stepId)))
        .run();
    }
    const after = tx.select().from(stepReviews).where(eq(stepReviews.id, review.id)).get();
    writeAudit({ userId: input.userId, action: "update", entityType: "step_review", entityId: review.id, projectId: input.projectId, detail: { decision: input.decision, changes: changedFields(review, after, ["status", "decidedBy", "decidedAt", "comment"]) } });
    return { status: "saved" };
  });
}
