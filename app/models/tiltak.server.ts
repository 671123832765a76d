import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import {
  goals,
  hearingResponses,
  organisations,
  tiltak,
  tiltakAgreementAreas,
  tiltakEvaluations,
  tiltakFailureAreas,
  tiltakGoals,
  tiltakHearings,
  tiltakOrganisations,
  tiltakStandardisations,
  tiltakStatusHistory,
  type TiltakStatus,
  EVALUATION_DECISIONS,
  EVALUATION_METHODS,
} from "../../db/schema";
import { checkEffectiveDate, latestAsOf } from "../domain/dated-facts";
import { classifyStatusChange, nextEvaluation, statusAfterEvaluation, statusAfterHearing } from "../domain/tiltak-status";
import { writeAudit } from "./audit.server";
import { changedFields, removedFields, rowChanges } from "../utils/audit-changes.server";
import type { SaveResult } from "./save-result";
import { nowIso, todayIso } from "../utils/time";
import { goalLabel } from "../domain/goal-label";
import { factDate } from "./fact-date.server";

export type TiltakValues = {
  title: string;
  description: string;
  priority: "prioritert" | "ikke_prioritert";
  goalIds: number[];
  failureAreaIds: string[];
  agreementAreaIds: string[];
  organisationIds: number[];
  responsibleOrganisationId: number | null;
  responsiblePerson: string;
  startDate: string | null;
  nextEvaluationDate: string | null;
};

/** Id and title of every tiltak in the project, for choosing one in a form. */
export function listTiltakOptions(projectId: number) {
  return getDb()
    .select({ id: tiltak.id, title: tiltak.title, status: tiltak.status })
    .from(tiltak)
    .where(eq(tiltak.projectId, projectId))
    .orderBy(asc(tiltak.title))
    .all();
}

/** The project's tiltak with their sub-goals and the time of their last status change. */
export function listTiltak(projectId: number) {
  const db = getDb();
  const rows = db.select().from(tiltak).where(eq(tiltak.projectId, projectId)).orderBy(asc(tiltak.title)).all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const goalLinks = db
    .select({ tiltakId: tiltakGoals.tiltakId, kind: goals.kind, number: goals.number })
    .from(tiltakGoals)
    .innerJoin(goals, eq(goals.id, tiltakGoals.goalId))
    .where(inArray(tiltakGoals.tiltakId, ids))
    .all();
  const lastChanges = db
    .select({ tiltakId: tiltakStatusHistory.tiltakId, at: sql<string>`max(${factDate(tiltakStatusHistory.effectiveDate, tiltakStatusHistory.changedAt)})` })
    .from(tiltakStatusHistory)
    .where(inArray(tiltakStatusHistory.tiltakId, ids))
    .groupBy(tiltakStatusHistory.tiltakId)
    .all();
  const evaluations = db.select().from(tiltakEvaluations).where(inArray(tiltakEvaluations.tiltakId, ids)).orderBy(asc(tiltakEvaluations.date), asc(tiltakEvaluations.id)).all();
  return rows.map((row) => {
    const next = nextEvaluation(row.nextEvaluationDate, evaluations.filter((e) => e.tiltakId === row.id));
    const lastStatusChange = lastChanges.find((c) => c.tiltakId === row.id)?.at ?? row.createdAt;
    return {
      ...row,
      goals: goalLinks.filter((g) => g.tiltakId === row.id).map(goalLabel),
      lastChange: next.decidedOn && next.decidedOn > lastStatusChange ? next.decidedOn : lastStatusChange,
      nextEvaluationDate: next.date,
      stopped: next.stopped,
    };
  });
}

/** One tiltak with everything recorded about it, only if it belongs to the project. */
export function getTiltak(projectId: number, tiltakId: number) {
  const db = getDb();
  const row = db.select().from(tiltak).where(and(eq(tiltak.id, tiltakId), eq(tiltak.projectId, projectId))).get();
  if (!row) return null;
  const involved = db
    .select({ id: organisations.id, name: organisations.name })
    .from(tiltakOrganisations)
    .innerJoin(organisations, eq(organisations.id, tiltakOrganisations.organisationId))
    .where(eq(tiltakOrganisations.tiltakId, row.id))
    .orderBy(asc(organisations.name))
    .all();
  const hearings = db.select().from(tiltakHearings).where(eq(tiltakHearings.tiltakId, row.id)).orderBy(desc(tiltakHearings.sentDate)).all();
  const responses = hearings.length
    ? db
        .select({
          hearingId: hearingResponses.hearingId,
          organisationId: organisations.id,
          organisationName: organisations.name,
          responseDate: hearingResponses.responseDate,
          answer: hearingResponses.answer,
        })
        .from(hearingResponses)
        .innerJoin(organisations, eq(organisations.id, hearingResponses.organisationId))
        .where(inArray(hearingResponses.hearingId, hearings.map((h) => h.id)))
        .orderBy(asc(organisations.name))
        .all()
    : [];
  return {
    ...row,
    responsibleOrganisation: row.responsibleOrganisationId
      ? db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.responsibleOrganisationId)).get()?.name ?? null
      : null,
    goalIds: db.select().from(tiltakGoals).where(eq(tiltakGoals.tiltakId, row.id)).all().map((g) => g.goalId),
    failureAreaIds: db.select().from(tiltakFailureAreas).where(eq(tiltakFailureAreas.tiltakId, row.id)).all().map((f) => f.failureAreaId),
    agreementAreaIds: db.select().from(tiltakAgreementAreas).where(eq(tiltakAgreementAreas.tiltakId, row.id)).all().map((a) => a.agreementAreaId),
    organisations: involved,
    history: db
      .select()
      .from(tiltakStatusHistory)
      .where(eq(tiltakStatusHistory.tiltakId, row.id))
      .orderBy(desc(tiltakStatusHistory.effectiveDate), desc(tiltakStatusHistory.id))
      .all()
      .map((h) => ({ ...h, effectiveDate: h.effectiveDate || h.changedAt.slice(0, 10) })),
    evaluations: db.select().from(tiltakEvaluations).where(eq(tiltakEvaluations.tiltakId, row.id)).orderBy(desc(tiltakEvaluations.date), desc(tiltakEvaluations.id)).all(),
    hearings: hearings.map((h) => ({ ...h, responses: responses.filter((r) => r.hearingId === h.id) })),
    standardisations: db
      .select({
        organisationId: organisations.id,
        organisationName: organisations.name,
        documentKind: tiltakStandardisations.documentKind,
        reference: tiltakStandardisations.reference,
        recordedAt: tiltakStandardisations.recordedAt,
      })
      .from(tiltakStandardisations)
      .innerJoin(organisations, eq(organisations.id, tiltakStandardisations.organisationId))
      .where(eq(tiltakStandardisations.tiltakId, row.id))
      .orderBy(asc(organisations.name))
      .all(),
  };
}


function replaceLinks(tx: Tx, tiltakId: number, values: TiltakValues) {
  tx.delete(tiltakGoals).where(eq(tiltakGoals.tiltakId, tiltakId)).run();
  tx.delete(tiltakFailureAreas).where(eq(tiltakFailureAreas.tiltakId, tiltakId)).run();
  tx.delete(tiltakAgreementAreas).where(eq(tiltakAgreementAreas.tiltakId, tiltakId)).run();
  tx.delete(tiltakOrganisations).where(eq(tiltakOrganisations.tiltakId, tiltakId)).run();
  for (const goalId of new Set(values.goalIds)) tx.insert(tiltakGoals).values({ tiltakId, goalId }).run();
  for (const failureAreaId of new Set(values.failureAreaIds)) tx.insert(tiltakFailureAreas).values({ tiltakId, failureAreaId }).run();
  for (const agreementAreaId of new Set(values.agreementAreaIds)) tx.insert(tiltakAgreementAreas).values({ tiltakId, agreementAreaId }).run();
  for (const organisationId of new Set(values.organisationIds)) tx.insert(tiltakOrganisations).values({ tiltakId, organisationId }).run();
}

const columns = ({ goalIds: _g, failureAreaIds: _f, agreementAreaIds: _a, organisationIds: _o, ...rest }: TiltakValues) => rest;

/** Creates a tiltak as an idea, dated the day it arose (today unless told otherwise). */
export function createTiltak(input: { projectId: number; userId: number; values: TiltakValues; ideaDate?: string }) {
  return getDb().transaction((tx) => {
    const row = tx.insert(tiltak).values({ projectId: input.projectId, status: "ide", ...columns(input.values) }).returning().get();
    replaceLinks(tx, row.id, input.values);
    const now = nowIso();
    tx.insert(tiltakStatusHistory).values({ tiltakId: row.id, fromStatus: null, toStatus: "ide", changedAt: now, effectiveDate: input.ideaDate ?? todayIso(), changedBy: input.userId }).run();
    writeAudit({ userId: input.userId, action: "create", entityType: "tiltak", entityId: row.id, projectId: input.projectId });
    return row;
  });
}

export function updateTiltak(input: { projectId: number; tiltakId: number; version: number; userId: number; values: TiltakValues }): SaveResult<NonNullable<ReturnType<typeof getTiltak>>> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(tiltak).where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId))).get();
    const updated = tx
      .update(tiltak)
      .set({ ...columns(input.values), version: sql`${tiltak.version} + 1`, updatedAt: nowIso() })
      .where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId), eq(tiltak.version, input.version)))
      .returning()
      .get();
    if (!updated) {
      const current = getTiltak(input.projectId, input.tiltakId);
      return current ? { status: "conflict", current } : { status: "not_found" };
    }
    replaceLinks(tx, input.tiltakId, input.values);
    writeAudit({ userId: input.userId, action: "update", entityType: "tiltak", entityId: input.tiltakId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
    return { status: "saved" };
  });
}

export type StatusChangeResult =
  | SaveResult<{ status: TiltakStatus; version: number }>
  | { status: "reason_required" }
  | { status: "unchanged" }
  | { status: "invalid_date"; message: string };

/** The tiltak's status changes in the order they were recorded, each with the day it took effect. */
function statusHistory(tx: Tx, tiltakId: number) {
  return tx
    .select({ status: tiltakStatusHistory.toStatus, date: factDate(tiltakStatusHistory.effectiveDate, tiltakStatusHistory.changedAt) })
    .from(tiltakStatusHistory)
    .where(eq(tiltakStatusHistory.tiltakId, tiltakId))
    .orderBy(asc(tiltakStatusHistory.id))
    .all();
}

/** The day the tiltak's latest status change took effect. */
const lastEffectiveDate = (tx: Tx, tiltakId: number) => latestAsOf(statusHistory(tx, tiltakId), LATEST)?.date ?? null;

const LATEST = "9999-12-31";

/**
 * Records a status change on a day. The tiltak's current status is then the latest in the dated
 * history, so a change entered afterwards with an earlier date fills in the history without
 * overriding what came after it.
 */
function moveStatus(tx: Tx, current: typeof tiltak.$inferSelect, to: TiltakStatus, change: { userId: number; effectiveDate: string; reason: string; from?: TiltakStatus }) {
  tx.insert(tiltakStatusHistory)
    .values({ tiltakId: current.id, fromStatus: change.from ?? current.status, toStatus: to, changedAt: nowIso(), effectiveDate: change.effectiveDate, changedBy: change.userId, reason: change.reason.trim() })
    .run();
  const latest = latestAsOf(statusHistory(tx, current.id), LATEST)!;
  const trialStarts = to === "utproving" && (!current.startDate || change.effectiveDate < current.startDate);
  tx.update(tiltak)
    .set({
      status: latest.status,
      startDate: trialStarts ? change.effectiveDate : current.startDate,
      version: sql`${tiltak.version} + 1`,
      updatedAt: nowIso(),
    })
    .where(eq(tiltak.id, current.id))
    .run();
}

/**
 * Moves a tiltak to another status on the day it took effect (today unless told otherwise; never
 * in the future) and keeps the change in its history. Going backwards, skipping a status, or dating
 * the change before the previous one needs a reason. Guarded by the version like any edit.
 */
export function changeTiltakStatus(input: { projectId: number; tiltakId: number; version: number; userId: number; to: TiltakStatus; reason: string; effectiveDate?: string; today?: string }): StatusChangeResult {
  return getDb().transaction((tx) => {
    const current = tx.select().from(tiltak).where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId))).get();
    if (!current) return { status: "not_found" };
    if (current.version !== input.version) return { status: "conflict", current: { status: current.status, version: current.version } };
    const today = input.today ?? todayIso();
    const effectiveDate = input.effectiveDate ?? today;
    const history = statusHistory(tx, current.id);
    // A change dated earlier is judged against the status in force on its day.
    const from = (latestAsOf(history, effectiveDate)?.status ?? current.status) as TiltakStatus;
    const change = classifyStatusChange(from, input.to);
    if (change.kind === "same") return { status: "unchanged" };
    const problem = checkEffectiveDate({ date: effectiveDate, today, previousDate: latestAsOf(history, LATEST)?.date ?? null, reason: input.reason });
    if (problem) return { status: "invalid_date", message: problem.message };
    if (change.needsReason && !input.reason.trim()) return { status: "reason_required" };
    moveStatus(tx, current, input.to, { userId: input.userId, effectiveDate, reason: input.reason, from });
    const after = tx.select().from(tiltak).where(eq(tiltak.id, current.id)).get();
    const changes = changedFields(current, after, ["status", "startDate"]);
    writeAudit({ userId: input.userId, action: "update", entityType: "tiltak_status", entityId: current.id, projectId: input.projectId, detail: { from, to: input.to, effectiveDate, changes, ...(input.reason.trim() ? { reasonText: removedFields({ text: input.reason.trim() }, ["text"]).text } : {}) } });
    return { status: "saved" };
  }, { behavior: "immediate" });
}

export function deleteTiltak(input: { projectId: number; tiltakId: number; userId: number }) {
  const removed = getDb()
    .delete(tiltak)
    .where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId)))
    .returning()
    .get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "tiltak", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["title", "priority", "status", "startDate"]) } });
  return Boolean(removed);
}

/**
 * Sends a tiltak on hearing to the chosen organisations; each gets a response row to fill in, and the tiltak is «På høring».
 * Null when the tiltak is not in the project; `statusChangedTo` says whether the hearing moved the status.
 */
export function createHearing(input: { projectId: number; tiltakId: number; userId: number; sentDate: string; deadline: string | null; note: string; organisationIds: number[] }) {
  return getDb().transaction((tx) => {
    const current = tx.select().from(tiltak).where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId))).get();
    if (!current) return null;
    const hearing = tx.insert(tiltakHearings).values({ tiltakId: input.tiltakId, sentDate: input.sentDate, deadline: input.deadline, note: input.note }).returning().get();
    for (const organisationId of new Set(input.organisationIds)) tx.insert(hearingResponses).values({ hearingId: hearing.id, organisationId }).run();
    // Sent on hearing means «På høring», from the day it was sent.
    // A hearing dated before the latest status change is history; it does not move the status back in time.
    const previousDate = lastEffectiveDate(tx, current.id);
    const next = !previousDate || input.sentDate >= previousDate ? statusAfterHearing(current.status) : null;
    if (next) moveStatus(tx, current, next, { userId: input.userId, effectiveDate: input.sentDate, reason: "Sendt på høring" });
    writeAudit({ userId: input.userId, action: "create", entityType: "hearing", entityId: hearing.id, projectId: input.projectId, detail: { tiltakId: input.tiltakId } });
    return { ...hearing, statusChangedTo: next };
  }, { behavior: "immediate" });
}

/** Records what an organisation answered in a hearing of this tiltak. */
export function recordHearingResponse(input: { projectId: number; tiltakId: number; hearingId: number; organisationId: number; userId: number; responseDate: string; answer: string }) {
  const db = getDb();
  const hearing = db.select().from(tiltakHearings).where(and(eq(tiltakHearings.id, input.hearingId), eq(tiltakHearings.tiltakId, input.tiltakId))).get();
  if (!hearing) return false;
  const updated = db
    .update(hearingResponses)
    .set({ responseDate: input.responseDate, answer: input.answer })
    .where(and(eq(hearingResponses.hearingId, hearing.id), eq(hearingResponses.organisationId, input.organisationId)))
    .returning({ hearingId: hearingResponses.hearingId })
    .get();
  if (updated) writeAudit({ userId: input.userId, action: "update", entityType: "hearing_response", entityId: hearing.id, projectId: input.projectId, detail: { organisationId: input.organisationId } });
  return Boolean(updated);
}

/** Where the new practice is written down in one organisation (routine, guideline, procedure). */
export function saveStandardisation(input: {
  projectId: number;
  tiltakId: number;
  userId: number;
  organisationId: number;
  documentKind: "rutine" | "retningslinje" | "prosedyre" | "annet";
  reference: string;
  /** The day the routine or guideline took effect; today unless told otherwise. */
  date?: string;
}) {
  const db = getDb();
  if (!db.select({ id: tiltak.id }).from(tiltak).where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId))).get()) return false;
  const values = { documentKind: input.documentKind, reference: input.reference, recordedAt: input.date ?? todayIso() };
  db.insert(tiltakStandardisations)
    .values({ tiltakId: input.tiltakId, organisationId: input.organisationId, ...values })
    .onConflictDoUpdate({ target: [tiltakStandardisations.tiltakId, tiltakStandardisations.organisationId], set: values })
    .run();
  writeAudit({ userId: input.userId, action: "update", entityType: "standardisation", entityId: input.tiltakId, projectId: input.projectId, detail: { organisationId: input.organisationId } });
  return true;
}

export type EvaluationValues = {
  date: string;
  method: (typeof EVALUATION_METHODS)[number];
  result: string;
  decision: (typeof EVALUATION_DECISIONS)[number];
  nextEvaluationDate: string | null;
};

/**
 * Records an evaluation of a tiltak: what came of it, what was decided and when to evaluate next.
 * The first evaluation of a standardised tiltak makes it «Evaluert» from the evaluation's day; an
 * evaluation dated before the tiltak's latest status change (one of the trial, entered afterwards)
 * leaves the status alone, so the history stays in order. Null when the tiltak is not in the project;
 * `statusChangedTo` says whether the evaluation moved the status.
 */
export function recordEvaluation(input: { projectId: number; tiltakId: number; userId: number; values: EvaluationValues }) {
  return getDb().transaction((tx) => {
    const current = tx.select().from(tiltak).where(and(eq(tiltak.id, input.tiltakId), eq(tiltak.projectId, input.projectId))).get();
    if (!current) return null;
    const values = { ...input.values, nextEvaluationDate: input.values.decision === "avslutte" ? null : input.values.nextEvaluationDate };
    const row = tx.insert(tiltakEvaluations).values({ tiltakId: current.id, ...values, createdBy: input.userId }).returning().get();
    const previousDate = lastEffectiveDate(tx, current.id);
    const next = !previousDate || values.date >= previousDate ? statusAfterEvaluation(current.status) : null;
    if (next) moveStatus(tx, current, next, { userId: input.userId, effectiveDate: values.date, reason: "Evaluert" });
    writeAudit({ userId: input.userId, action: "create", entityType: "tiltak_evaluation", entityId: row.id, projectId: input.projectId, detail: { tiltakId: current.id, decision: values.decision } });
    return { ...row, statusChangedTo: next };
  }, { behavior: "immediate" });
}
