// "Til meg": everything waiting on one person today, across their projects, from the rules in
// app/domain/to-me.ts. The same list feeds the page and the e-mail digest.
import {
  decisionItems,
  inputItems,
  invitationItems,
  measureDataItems,
  readinessItems,
  roundItems,
  sortItems,
  stepReviewItems,
  tiltakEvaluationItems,
  type Person,
  type ProjectOfPerson,
  type ToMeItem,
} from "../domain/to-me";
import { nextEvaluation } from "../domain/tiltak-status";
import { listProjectsForUser } from "../models/project.server";
import {
  conferencesWithOpenInputs,
  latestSnapshots,
  measuresWithLatestData,
  openDecisionsOwnedBy,
  openRoundsWithRaters,
  pendingInvitations,
  tiltakWithEvaluations,
  waitingStepReviews,
} from "../models/to-me.server";
import { getUserById } from "../models/user.server";
import { cachedRead } from "../models/read-cache.server";
import { stepNames } from "../utils/content.server";
import { osloDayOf } from "../utils/time";
import { clockNow } from "../utils/clock.server";
import { projectReadiness } from "./readiness.server";

const idsWhere = (projects: readonly ProjectOfPerson[], role?: ProjectOfPerson["role"]) => projects.filter((p) => !role || p.role === role).map((p) => p.id);
const dayOrNull = (instant: string | null) => (instant ? osloDayOf(instant) : null);

/**
 * `now`: the instant "today" is the Oslo day of (links expire at an instant, not at midnight). The list
 * is kept while the database is unchanged, for the minute: only writes and the clock change it.
 */
export function toMeItems(userId: number, today: string, now: Date = clockNow()): ToMeItem[] {
  return cachedRead(`til-meg:${userId}:${today}:${now.toISOString().slice(0, 16)}`, () => readToMeItems(userId, today, now));
}

function readToMeItems(userId: number, today: string, now: Date): ToMeItem[] {
  const user = getUserById(userId);
  if (!user) return [];
  const person: Person = { id: user.id, name: user.name };
  const projects: ProjectOfPerson[] = listProjectsForUser(userId).map((p) => ({ id: p.id, name: p.name, role: p.role, endDate: p.endDate }));
  const all = idsWhere(projects);
  const led = idsWhere(projects, "prosjektleder");
  return sortItems([
    ...decisionItems(person, projects, openDecisionsOwnedBy(userId), today),
    ...tiltakEvaluationItems(person, projects, evaluationFacts(led), today),
    ...roundItems(person, projects, roundFacts(all), today),
    ...stepReviewItems(person, projects, stepReviewFacts(idsWhere(projects, "styringsgruppe")), today),
    ...invitationItems(person, projects, invitationFacts(led, now), today),
    ...inputItems(person, projects, conferencesWithOpenInputs(led).map((c) => ({ ...c, date: c.endDate ?? c.date })), today),
    ...measureDataItems(person, projects, measureFacts(led), today),
    ...readinessItems(person, projects, readinessFacts(led, today)),
  ]);
}

function evaluationFacts(projectIds: number[]) {
  const { tiltak, evaluations } = tiltakWithEvaluations(projectIds);
  return tiltak.map((t) => {
    const next = nextEvaluation(t.nextEvaluationDate, evaluations.filter((e) => e.tiltakId === t.id));
    return { id: t.id, projectId: t.projectId, title: t.title, nextEvaluationDate: next.date, stopped: next.stopped };
  });
}

function roundFacts(projectIds: number[]) {
  return openRoundsWithRaters(projectIds).map((r) => ({
    id: r.id,
    projectId: r.projectId,
    title: r.title || "Bærekraftsrunde",
    status: r.status,
    startedOn: osloDayOf(r.startedAt),
    raters: r.raters.map((x) => ({ userId: x.userId, submittedOn: dayOrNull(x.submittedAt) })),
  }));
}

function stepReviewFacts(projectIds: number[]) {
  const names = stepNames();
  return waitingStepReviews(projectIds).map((r) => ({ id: r.id, projectId: r.projectId, stepName: names[r.stepId] ?? r.stepId, requestedOn: osloDayOf(r.requestedAt), status: r.status }));
}

function invitationFacts(projectIds: number[], now: Date) {
  return pendingInvitations(projectIds).map((i) => ({
    id: i.id,
    projectId: i.projectId,
    email: i.email,
    sentOn: osloDayOf(i.sentAt),
    expiresOn: osloDayOf(i.expiresAt),
    expired: Date.parse(i.expiresAt) <= now.getTime(),
    accepted: false,
    withdrawn: false,
  }));
}

function measureFacts(projectIds: number[]) {
  return measuresWithLatestData(projectIds).map((m) => ({
    id: m.id,
    projectId: m.projectId,
    name: m.name,
    frequency: m.frequency,
    lastDataDate: m.lastDataDate,
    createdOn: osloDayOf(m.createdAt),
    continuesAfterProject: m.continuesAfterProject,
    qualitative: m.kind === "kvalitativ",
  }));
}

/** Led projects that have a snapshot: its checks against the checks as they stand today. */
function readinessFacts(projectIds: number[], today: string) {
  return latestSnapshots(projectIds).map((s) => ({
    projectId: s.projectId,
    snapshotId: s.id,
    snapshotOn: osloDayOf(s.takenAt),
    before: s.result.checks,
    now: projectReadiness(s.projectId, today).checks,
  }));
}
