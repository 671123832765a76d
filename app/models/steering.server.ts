import { and, asc, count, desc, eq, exists, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { decisions, DECISION_STATUSES, goals, meetingAttendees, measures, steeringMeetings, tiltak, users } from "../../db/schema";
import { writeAudit } from "./audit.server";
import { changedFields } from "../utils/audit-changes.server";
import type { SaveResult } from "./save-result";
import { goalLabel } from "../domain/goal-label";
import type { DecisionView } from "../forms/steering";
import { LIST_PER_PAGE, paging } from "../utils/paging";
import { anyContains } from "./text-search.server";

export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export type DecisionValues = { text: string; owner: string; ownerUserId: number | null; dueDate: string | null; tiltakId: number | null; goalId: number | null; measureId: number | null };

export function listMeetings(projectId: number) {
  const db = getDb();
  const rows = db.select().from(steeringMeetings).where(eq(steeringMeetings.projectId, projectId)).orderBy(desc(steeringMeetings.date), desc(steeringMeetings.id)).all();
  const counts = rows.length
    ? db
        .select({ meetingId: decisions.meetingId, count: sql<number>`count(*)` })
        .from(decisions)
        .where(inArray(decisions.meetingId, rows.map((r) => r.id)))
        .groupBy(decisions.meetingId)
        .all()
    : [];
  return rows.map((r) => ({ ...r, decisionCount: counts.find((c) => c.meetingId === r.id)?.count ?? 0 }));
}

/** Decisions with what they are linked to; only the project's own. */
function decisionRows(projectId: number, where?: SQL, page?: { limit: number; offset: number }) {
  const query = getDb()
    .select({ decision: decisions, tiltakTitle: tiltak.title, goalKind: goals.kind, goalNumber: goals.number, measureName: measures.name, meetingDate: steeringMeetings.date })
    .from(decisions)
    .leftJoin(tiltak, eq(tiltak.id, decisions.tiltakId))
    .leftJoin(goals, eq(goals.id, decisions.goalId))
    .leftJoin(measures, eq(measures.id, decisions.measureId))
    .leftJoin(steeringMeetings, eq(steeringMeetings.id, decisions.meetingId))
    .where(and(eq(decisions.projectId, projectId), where))
    .orderBy(asc(decisions.dueDate), asc(decisions.id));
  return (page ? query.limit(page.limit).offset(page.offset) : query)
    .all()
    .map(({ decision, tiltakTitle, goalKind, goalNumber, measureName, meetingDate }) => ({
      ...decision,
      meetingDate,
      links: [
        tiltakTitle ? `Tiltak: ${tiltakTitle}` : null,
        goalKind ? goalLabel({ kind: goalKind, number: goalNumber }) : null,
        measureName ? `Måling: ${measureName}` : null,
      ].filter((l): l is string => l !== null),
    }));
}

export function getMeeting(projectId: number, meetingId: number) {
  const db = getDb();
  const meeting = db.select().from(steeringMeetings).where(and(eq(steeringMeetings.id, meetingId), eq(steeringMeetings.projectId, projectId))).get();
  if (!meeting) return null;
  return {
    ...meeting,
    attendees: db.select({ name: meetingAttendees.name, userId: meetingAttendees.userId }).from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId)).orderBy(asc(meetingAttendees.name)).all(),
    decisions: decisionRows(projectId, eq(decisions.meetingId, meetingId)),
  };
}

/** Decisions still to follow up: neither done nor cancelled. */
export const notDone = () => and(ne(decisions.status, "fullfort"), ne(decisions.status, "avlyst"));

/** Decisions not yet done or cancelled, earliest due first: what the steering group follows up. */
export const listOpenDecisions = (projectId: number) => decisionRows(projectId, notDone());

export type DecisionListFilter = { view: DecisionView; search?: string; today: string };

function decisionConditions(filter: DecisionListFilter) {
  const byView: Record<DecisionView, SQL | undefined> = {
    oppfolging: notDone(),
    // As the decision table marks them: a due date before today, not done or cancelled.
    forfalt: and(notDone(), lt(decisions.dueDate, filter.today)),
    apen: eq(decisions.status, "apen"),
    pagar: eq(decisions.status, "pagar"),
    fullfort: eq(decisions.status, "fullfort"),
    avlyst: eq(decisions.status, "avlyst"),
    alle: undefined,
  };
  const search = filter.search
    ? or(
        anyContains(filter.search, [decisions.text, decisions.owner]),
        exists(getDb().select({ one: sql`1` }).from(tiltak).where(and(eq(tiltak.id, decisions.tiltakId), anyContains(filter.search, [tiltak.title])))),
        exists(getDb().select({ one: sql`1` }).from(measures).where(and(eq(measures.id, decisions.measureId), anyContains(filter.search, [measures.name])))),
      )
    : undefined;
  return and(byView[filter.view], search);
}

/** One page of the project's decisions in a view, searched in their text, owner and linked tiltak or measure; earliest due first. */
export function pageOfDecisions(projectId: number, filter: DecisionListFilter, requestedPage?: string | null, perPage = LIST_PER_PAGE) {
  const where = decisionConditions(filter);
  const total = getDb().select({ n: count() }).from(decisions).where(and(eq(decisions.projectId, projectId), where)).get()?.n ?? 0;
  const pages = paging(total, requestedPage, perPage);
  return { pages, decisions: total ? decisionRows(projectId, where, { limit: pages.perPage, offset: pages.offset }) : [] };
}

/** A meeting with the members who attended (by user) and others (by name). */
export function createMeeting(input: { projectId: number; userId: number; date: string; place: string; notes: string; attendeeUserIds: number[]; otherAttendees: string[] }) {
  return getDb().transaction((tx) => {
    const meeting = tx.insert(steeringMeetings).values({ projectId: input.projectId, date: input.date, place: input.place, notes: input.notes }).returning().get();
    const members = input.attendeeUserIds.length ? tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, input.attendeeUserIds)).all() : [];
    const names = new Set<string>();
    for (const m of members) {
      names.add(m.name);
      tx.insert(meetingAttendees).values({ meetingId: meeting.id, name: m.name, userId: m.id }).run();
    }
    for (const name of input.otherAttendees) {
      if (names.has(name)) continue;
      names.add(name);
      tx.insert(meetingAttendees).values({ meetingId: meeting.id, name }).run();
    }
    writeAudit({ userId: input.userId, action: "create", entityType: "steering_meeting", entityId: meeting.id, projectId: input.projectId });
    return meeting;
  });
}

export function addDecision(input: { projectId: number; meetingId: number; userId: number; values: DecisionValues }) {
  if (!getMeeting(input.projectId, input.meetingId)) return null;
  const db = getDb();
  // A member who owns it is named as they are in Trinnvis, so the name and the reminders agree.
  const ownerName = input.values.ownerUserId === null ? null : db.select({ name: users.name }).from(users).where(eq(users.id, input.values.ownerUserId)).get()?.name;
  const row = db
    .insert(decisions)
    .values({ projectId: input.projectId, meetingId: input.meetingId, ...input.values, owner: ownerName ?? input.values.owner })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "decision", entityId: row.id, projectId: input.projectId });
  return row;
}

/** Who owns a decision of the project (null: nobody with an account); undefined when there is no such decision. */
export function decisionOwner(projectId: number, decisionId: number): number | null | undefined {
  return getDb().select({ ownerUserId: decisions.ownerUserId }).from(decisions).where(and(eq(decisions.id, decisionId), eq(decisions.projectId, projectId))).get()?.ownerUserId;
}

/** Follow-up of a decision; refused when someone else changed it since it was read. */
export function updateDecisionStatus(input: { projectId: number; decisionId: number; userId: number; version: number; status: DecisionStatus }): SaveResult<typeof decisions.$inferSelect> {
  const db = getDb();
  const saved = db.transaction((tx) => {
    const before = tx.select().from(decisions).where(and(eq(decisions.id, input.decisionId), eq(decisions.projectId, input.projectId))).get();
    const updated = tx
      .update(decisions)
      .set({ status: input.status, version: sql`${decisions.version} + 1` })
      .where(and(eq(decisions.id, input.decisionId), eq(decisions.projectId, input.projectId), eq(decisions.version, input.version)))
      .returning()
      .get();
    if (updated) writeAudit({ userId: input.userId, action: "update", entityType: "decision", entityId: input.decisionId, projectId: input.projectId, detail: { changes: changedFields(before, updated, ["status"]) } });
    return Boolean(updated);
  });
  if (saved) return { status: "saved" };
  const current = db.select().from(decisions).where(and(eq(decisions.id, input.decisionId), eq(decisions.projectId, input.projectId))).get();
  return current ? { status: "conflict", current } : { status: "not_found" };
}
