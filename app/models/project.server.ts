import { asc, desc, eq } from "drizzle-orm";
import { cachedRead, getDb } from "../../db/client.server";
import { activities, conferences, projectMemberships, projectPhases, projects, type StepId } from "../../db/schema";
import { todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";

export function listProjectsForUser(userId: number) {
  return cachedRead(`projects-of:${userId}`, () => readProjectsForUser(userId));
}

function readProjectsForUser(userId: number) {
  return getDb()
    .select({
      id: projects.id,
      name: projects.name,
      shortName: projects.shortName,
      currentStep: projects.currentStep,
      startDate: projects.startDate,
      endDate: projects.endDate,
      role: projectMemberships.role,
    })
    .from(projectMemberships)
    .innerJoin(projects, eq(projects.id, projectMemberships.projectId))
    .where(eq(projectMemberships.userId, userId))
    .orderBy(asc(projects.name))
    .all();
}

export function listAllProjects() {
  return getDb().select({ id: projects.id, name: projects.name }).from(projects).orderBy(asc(projects.name)).all();
}

export type NewProject = { name: string; description: string; owner: string; funder: string; startDate: string; endDate: string | null; currentStep: StepId };

/** A new project, with its creator as its project leader. */
export function createProject(input: { userId: number; values: NewProject }) {
  return getDb().transaction((tx) => {
    const project = tx.insert(projects).values(input.values).returning().get();
    // The leader who registers a project afterwards has led it from its start.
    const today = todayIso();
    const since = input.values.startDate < today ? input.values.startDate : today;
    tx.insert(projectMemberships).values({ projectId: project.id, userId: input.userId, role: "prosjektleder", since }).run();
    writeAudit({ userId: input.userId, action: "create", entityType: "project", entityId: project.id, projectId: project.id, detail: { name: project.name } });
    return project;
  });
}

export function getProject(projectId: number) {
  return cachedRead(`project:${projectId}`, () => getDb().select().from(projects).where(eq(projects.id, projectId)).get() ?? null);
}

export function listPhases(projectId: number) {
  return getDb()
    .select()
    .from(projectPhases)
    .where(eq(projectPhases.projectId, projectId))
    .orderBy(asc(projectPhases.sortOrder), asc(projectPhases.startDate))
    .all();
}

/** Everything registered as work in a step and theme: activities and dialogue conferences. */
export function listStepWork(projectId: number) {
  const db = getDb();
  const activityRows = db
    .select({ title: activities.title, date: activities.startDate, stepId: activities.stepId, themeId: activities.themeId })
    .from(activities)
    .where(eq(activities.projectId, projectId))
    .orderBy(desc(activities.startDate))
    .all();
  const conferenceRows = db
    .select({ title: conferences.title, date: conferences.date, stepId: conferences.stepId, themeId: conferences.themeId })
    .from(conferences)
    .where(eq(conferences.projectId, projectId))
    .all();
  return [...activityRows, ...conferenceRows];
}
