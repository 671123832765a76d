import { and, asc, count, desc, eq, exists, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { activities, activityAudiences, activityOrganisations, organisations, type StepId } from "../../db/schema";
import { writeAudit } from "./audit.server";
import { removedFields, rowChanges } from "../utils/audit-changes.server";
import type { SaveResult } from "./save-result";
import { anyContains } from "./text-search.server";
import { LIST_PER_PAGE, paging } from "../utils/paging";

export type AudienceChoice = { audienceId: string; leaderLevel: string };

export type ActivityValues = {
  title: string;
  startDate: string;
  endDate: string | null;
  typeId: string;
  stepId: StepId;
  themeId: string;
  description: string;
  evidenceUrl: string | null;
  audiences: AudienceChoice[];
  organisationIds: number[];
};

export type ActivityFilter = {
  stepId?: string;
  themeId?: string;
  typeId?: string;
  organisationId?: number;
  audienceId?: string;
  from?: string;
  to?: string;
  /** Words in the title, the description, the link to documentation or an organisation's name. */
  search?: string;
};

/** Activities of a project, newest first, with their audiences and organisations, narrowed by the filter. */
export function listActivities(projectId: number, filter: ActivityFilter = {}) {
  const rows = getDb()
    .select()
    .from(activities)
    .where(activityConditions(projectId, filter))
    .orderBy(desc(activities.startDate), desc(activities.id))
    .all();
  return withLinks(rows);
}

/**
 * One page of the filtered activities (newest first) and where it lies among them all. The page
 * asked for (?side=) is kept within the pages there are: past the end gives the last page.
 */
export function pageOfActivities(projectId: number, filter: ActivityFilter, requestedPage?: string | null, perPage = LIST_PER_PAGE) {
  const db = getDb();
  const where = activityConditions(projectId, filter);
  const pages = paging(db.select({ n: count() }).from(activities).where(where).get()?.n ?? 0, requestedPage, perPage);
  const rows = pages.total ? db.select().from(activities).where(where).orderBy(desc(activities.startDate), desc(activities.id)).limit(pages.perPage).offset(pages.offset).all() : [];
  return { pages, rows: withLinks(rows) };
}

function activityConditions(projectId: number, filter: ActivityFilter) {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [eq(activities.projectId, projectId)];
  if (filter.stepId) conditions.push(eq(activities.stepId, filter.stepId as StepId));
  if (filter.themeId) conditions.push(eq(activities.themeId, filter.themeId));
  if (filter.typeId) conditions.push(eq(activities.typeId, filter.typeId));
  // An activity over a period counts for every date it covers.
  if (filter.from) conditions.push(or(gte(activities.startDate, filter.from), gte(activities.endDate, filter.from)));
  if (filter.to) conditions.push(lte(activities.startDate, filter.to));
  if (filter.organisationId) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(activityOrganisations)
          .where(and(eq(activityOrganisations.activityId, activities.id), eq(activityOrganisations.organisationId, filter.organisationId))),
      ),
    );
  }
  if (filter.audienceId) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(activityAudiences)
          .where(and(eq(activityAudiences.activityId, activities.id), eq(activityAudiences.audienceId, filter.audienceId))),
      ),
    );
  }
  if (filter.search) {
    const namedOrganisation = exists(
      db
        .select({ one: sql`1` })
        .from(activityOrganisations)
        .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
        .where(and(eq(activityOrganisations.activityId, activities.id), anyContains(filter.search, [organisations.name]))),
    );
    conditions.push(or(anyContains(filter.search, [activities.title, activities.description, activities.evidenceUrl]), namedOrganisation));
  }
  return and(...conditions);
}

function withLinks<T extends { id: number }>(rows: T[]) {
  if (rows.length === 0) return [];
  const db = getDb();
  const ids = rows.map((r) => r.id);
  const audiences = db.select().from(activityAudiences).where(inArray(activityAudiences.activityId, ids)).all();
  const orgs = db
    .select({ activityId: activityOrganisations.activityId, id: organisations.id, name: organisations.name, level: organisations.level })
    .from(activityOrganisations)
    .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
    .where(inArray(activityOrganisations.activityId, ids))
    .orderBy(asc(organisations.name))
    .all();
  return rows.map((row) => ({
    ...row,
    audiences: audiences.filter((a) => a.activityId === row.id).map(({ audienceId, leaderLevel }) => ({ audienceId, leaderLevel })),
    organisations: orgs.filter((o) => o.activityId === row.id).map(({ id, name, level }) => ({ id, name, level })),
  }));
}

/** One activity, only if it belongs to the project (an id from another project gives null). */
export function getActivity(projectId: number, activityId: number) {
  const row = getDb()
    .select()
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.projectId, projectId)))
    .get();
  return row ? withLinks([row])[0] : null;
}


function replaceLinks(tx: Tx, activityId: number, values: ActivityValues) {
  tx.delete(activityAudiences).where(eq(activityAudiences.activityId, activityId)).run();
  tx.delete(activityOrganisations).where(eq(activityOrganisations.activityId, activityId)).run();
  for (const audience of values.audiences) tx.insert(activityAudiences).values({ activityId, ...audience }).run();
  for (const organisationId of new Set(values.organisationIds)) tx.insert(activityOrganisations).values({ activityId, organisationId }).run();
}

const columns = ({ audiences: _a, organisationIds: _o, ...rest }: ActivityValues) => rest;

export function createActivity(input: { projectId: number; userId: number; values: ActivityValues }) {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(activities)
      .values({ projectId: input.projectId, createdBy: input.userId, ...columns(input.values) })
      .returning()
      .get();
    replaceLinks(tx, row.id, input.values);
    writeAudit({ userId: input.userId, action: "create", entityType: "activity", entityId: row.id, projectId: input.projectId });
    return row;
  });
}

export function updateActivity(input: { projectId: number; activityId: number; version: number; userId: number; values: ActivityValues }): SaveResult<NonNullable<ReturnType<typeof getActivity>>> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(activities).where(and(eq(activities.id, input.activityId), eq(activities.projectId, input.projectId))).get();
    const updated = tx
      .update(activities)
      .set({ ...columns(input.values), version: sql`${activities.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(activities.id, input.activityId), eq(activities.projectId, input.projectId), eq(activities.version, input.version)))
      .returning()
      .get();
    if (!updated) {
      const current = getActivity(input.projectId, input.activityId);
      return current ? { status: "conflict", current } : { status: "not_found" };
    }
    replaceLinks(tx, input.activityId, input.values);
    writeAudit({ userId: input.userId, action: "update", entityType: "activity", entityId: input.activityId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
    return { status: "saved" };
  });
}

export function deleteActivity(input: { projectId: number; activityId: number; userId: number }): boolean {
  return getDb().transaction((tx) => {
    const removed = tx
      .delete(activities)
      .where(and(eq(activities.id, input.activityId), eq(activities.projectId, input.projectId)))
      .returning()
      .get();
    if (removed) {
      writeAudit({ userId: input.userId, action: "delete", entityType: "activity", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["title", "startDate", "stepId", "createdBy"]) } });
    }
    return Boolean(removed);
  });
}
