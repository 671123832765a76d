import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import {
  conferenceInputs,
  conferenceParticipants,
  conferenceProgrammeItems,
  conferences,
  organisations,
  tiltak,
  tiltakStatusHistory,
  type StepId,
} from "../../db/schema";
import { summariseFollowUp, type FollowUp } from "../domain/input-follow-up";
import { todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";
import { changedFields, removedFields, rowChanges } from "../utils/audit-changes.server";
import type { SaveResult } from "./save-result";

export type ConferenceValues = {
  title: string;
  startDate: string;
  endDate: string | null;
  place: string;
  region: string | null;
  purpose: string;
  stepId: StepId;
  themeId: string;
  participants: { organisationId: number; count: number }[];
};

/** The project's conferences, newest first, with participants in total and inputs by follow-up. */
export function listConferences(projectId: number) {
  const db = getDb();
  const rows = db.select().from(conferences).where(eq(conferences.projectId, projectId)).orderBy(desc(conferences.date)).all();
  const ids = rows.map((r) => r.id);
  const totals = ids.length
    ? db
        .select({ conferenceId: conferenceParticipants.conferenceId, total: sql<number>`sum(${conferenceParticipants.count})` })
        .from(conferenceParticipants)
        .where(inArray(conferenceParticipants.conferenceId, ids))
        .groupBy(conferenceParticipants.conferenceId)
        .all()
    : [];
  const inputs = ids.length
    ? db.select({ conferenceId: conferenceInputs.conferenceId, followUp: conferenceInputs.followUp }).from(conferenceInputs).where(inArray(conferenceInputs.conferenceId, ids)).all()
    : [];
  return rows.map((row) => ({
    ...row,
    participantTotal: totals.find((t) => t.conferenceId === row.id)?.total ?? 0,
    followUp: summariseFollowUp(inputs.filter((i) => i.conferenceId === row.id)),
  }));
}

/** Follow-up of every input raised at the project's conferences. */
export function projectFollowUpSummary(projectId: number) {
  const rows = getDb()
    .select({ followUp: conferenceInputs.followUp })
    .from(conferenceInputs)
    .innerJoin(conferences, eq(conferences.id, conferenceInputs.conferenceId))
    .where(eq(conferences.projectId, projectId))
    .all();
  return summariseFollowUp(rows);
}

/** One conference with programme, participants and inputs, only if it belongs to the project. */
export function getConference(projectId: number, conferenceId: number) {
  const db = getDb();
  const row = db.select().from(conferences).where(and(eq(conferences.id, conferenceId), eq(conferences.projectId, projectId))).get();
  if (!row) return null;
  const programme = db
    .select()
    .from(conferenceProgrammeItems)
    .where(eq(conferenceProgrammeItems.conferenceId, row.id))
    .orderBy(asc(conferenceProgrammeItems.sortOrder), asc(conferenceProgrammeItems.id))
    .all();
  const participants = db
    .select({ organisationId: organisations.id, name: organisations.name, level: organisations.level, count: conferenceParticipants.count })
    .from(conferenceParticipants)
    .innerJoin(organisations, eq(organisations.id, conferenceParticipants.organisationId))
    .where(eq(conferenceParticipants.conferenceId, row.id))
    .orderBy(asc(organisations.name))
    .all();
  const inputs = db
    .select({
      id: conferenceInputs.id,
      text: conferenceInputs.text,
      raisedBy: conferenceInputs.raisedBy,
      followUp: conferenceInputs.followUp,
      tiltakId: conferenceInputs.tiltakId,
      tiltakTitle: tiltak.title,
      followUpNote: conferenceInputs.followUpNote,
      followedUpAt: conferenceInputs.followedUpAt,
      version: conferenceInputs.version,
    })
    .from(conferenceInputs)
    .leftJoin(tiltak, eq(tiltak.id, conferenceInputs.tiltakId))
    .where(eq(conferenceInputs.conferenceId, row.id))
    .orderBy(asc(conferenceInputs.id))
    .all();
  return {
    ...row,
    programme,
    participants,
    participantTotal: participants.reduce((sum, p) => sum + p.count, 0),
    inputs,
    followUp: summariseFollowUp(inputs),
  };
}


function replaceParticipants(tx: Tx, conferenceId: number, participants: ConferenceValues["participants"]) {
  tx.delete(conferenceParticipants).where(eq(conferenceParticipants.conferenceId, conferenceId)).run();
  for (const p of participants) if (p.count > 0) tx.insert(conferenceParticipants).values({ conferenceId, ...p }).run();
}

const columns = ({ participants: _p, startDate, ...rest }: ConferenceValues) => ({ ...rest, date: startDate });

export function createConference(input: { projectId: number; userId: number; values: ConferenceValues }) {
  return getDb().transaction((tx) => {
    const row = tx.insert(conferences).values({ projectId: input.projectId, ...columns(input.values) }).returning().get();
    replaceParticipants(tx, row.id, input.values.participants);
    writeAudit({ userId: input.userId, action: "create", entityType: "conference", entityId: row.id, projectId: input.projectId });
    return row;
  });
}

export function updateConference(input: { projectId: number; conferenceId: number; version: number; userId: number; values: ConferenceValues }): SaveResult<NonNullable<ReturnType<typeof getConference>>> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(conferences).where(and(eq(conferences.id, input.conferenceId), eq(conferences.projectId, input.projectId))).get();
    const updated = tx
      .update(conferences)
      .set({ ...columns(input.values), version: sql`${conferences.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(conferences.id, input.conferenceId), eq(conferences.projectId, input.projectId), eq(conferences.version, input.version)))
      .returning()
      .get();
    if (!updated) {
      const current = getConference(input.projectId, input.conferenceId);
      return current ? { status: "conflict", current } : { status: "not_found" };
    }
    replaceParticipants(tx, input.conferenceId, input.values.participants);
    writeAudit({ userId: input.userId, action: "update", entityType: "conference", entityId: input.conferenceId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
    return { status: "saved" };
  });
}

export function deleteConference(input: { projectId: number; conferenceId: number; userId: number }) {
  const removed = getDb()
    .delete(conferences)
    .where(and(eq(conferences.id, input.conferenceId), eq(conferences.projectId, input.projectId)))
    .returning()
    .get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "conference", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["title", "date", "stepId"]) } });
  return Boolean(removed);
}

export function addProgrammeItem(input: { projectId: number; conferenceId: number; userId: number; time: string; title: string; presenter: string }) {
  const db = getDb();
  const next = db
    .select({ n: sql<number>`coalesce(max(${conferenceProgrammeItems.sortOrder}), -1) + 1` })
    .from(conferenceProgrammeItems)
    .where(eq(conferenceProgrammeItems.conferenceId, input.conferenceId))
    .get()!.n;
  const row = db
    .insert(conferenceProgrammeItems)
    .values({ conferenceId: input.conferenceId, sortOrder: next, time: input.time, title: input.title, presenter: input.presenter })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "programme_item", entityId: row.id, projectId: input.projectId });
  return row;
}

export function deleteProgrammeItem(input: { projectId: number; conferenceId: number; itemId: number; userId: number }) {
  const removed = getDb()
    .delete(conferenceProgrammeItems)
    .where(and(eq(conferenceProgrammeItems.id, input.itemId), eq(conferenceProgrammeItems.conferenceId, input.conferenceId)))
    .returning({ id: conferenceProgrammeItems.id })
    .get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "programme_item", entityId: removed.id, projectId: input.projectId });
  return Boolean(removed);
}

export function addInput(input: { projectId: number; conferenceId: number; userId: number; text: string; raisedBy: string }) {
  const row = getDb().insert(conferenceInputs).values({ conferenceId: input.conferenceId, text: input.text, raisedBy: input.raisedBy }).returning().get();
  writeAudit({ userId: input.userId, action: "create", entityType: "conference_input", entityId: row.id, projectId: input.projectId });
  return row;
}

export function deleteInput(input: { projectId: number; conferenceId: number; inputId: number; userId: number }) {
  const removed = getDb()
    .delete(conferenceInputs)
    .where(and(eq(conferenceInputs.id, input.inputId), eq(conferenceInputs.conferenceId, input.conferenceId)))
    .returning({ id: conferenceInputs.id })
    .get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "conference_input", entityId: removed.id, projectId: input.projectId });
  return Boolean(removed);
}

/** How an input was followed up, and on which day (today unless told otherwise). */
export type FollowUpValues = { followUp: FollowUp; tiltakId: number | null; note: string; newTiltakTitle: string | null; date?: string | null };

/**
 * Records what was done with an input. With `newTiltakTitle`, a new tiltak (status idé) is created
 * from the input and linked, in the same transaction.
 */
export function saveFollowUp(input: {
  projectId: number;
  conferenceId: number;
  inputId: number;
  version: number;
  userId: number;
  values: FollowUpValues;
}): SaveResult<{ followUp: FollowUp; tiltakTitle: string | null; followUpNote: string; version: number }> {
  return getDb().transaction((tx) => {
    const existing = tx
      .select()
      .from(conferenceInputs)
      .where(and(eq(conferenceInputs.id, input.inputId), eq(conferenceInputs.conferenceId, input.conferenceId)))
      .get();
    if (!existing) return { status: "not_found" };
    if (existing.version !== input.version) {
      const linked = existing.tiltakId ? tx.select({ title: tiltak.title }).from(tiltak).where(eq(tiltak.id, existing.tiltakId)).get() : null;
      return { status: "conflict", current: { followUp: existing.followUp, tiltakTitle: linked?.title ?? null, followUpNote: existing.followUpNote, version: existing.version } };
    }
    const now = new Date().toISOString();
    const day = input.values.date ?? todayIso();
    let tiltakId = input.values.followUp === "tatt_inn_i_tiltak" ? input.values.tiltakId : null;
    if (input.values.followUp === "tatt_inn_i_tiltak" && input.values.newTiltakTitle) {
      const created = tx
        .insert(tiltak)
        .values({ projectId: input.projectId, title: input.values.newTiltakTitle, description: existing.text, priority: "ikke_prioritert", status: "ide" })
        .returning()
        .get();
      // The idea dates from the follow-up that took the input in.
      tx.insert(tiltakStatusHistory).values({ tiltakId: created.id, fromStatus: null, toStatus: "ide", changedAt: now, effectiveDate: day, changedBy: input.userId }).run();
      writeAudit({ userId: input.userId, action: "create", entityType: "tiltak", entityId: created.id, projectId: input.projectId, detail: { fromInput: existing.id } });
      tiltakId = created.id;
    }
    tx.update(conferenceInputs)
      .set({
        followUp: input.values.followUp,
        tiltakId,
        followUpNote: input.values.note,
        followedUpAt: input.values.followUp === "ikke_vurdert" ? null : input.values.date ? `${input.values.date}T12:00:00.000Z` : now,
        version: sql`${conferenceInputs.version} + 1`,
      })
      .where(eq(conferenceInputs.id, existing.id))
      .run();
    const after = tx.select().from(conferenceInputs).where(eq(conferenceInputs.id, existing.id)).get();
    writeAudit({ userId: input.userId, action: "update", entityType: "conference_input", entityId: existing.id, projectId: input.projectId, detail: { changes: changedFields(existing, after, ["followUp", "tiltakId", "followUpNote", "followedUpAt"]) } });
    return { status: "saved" };
  });
}
