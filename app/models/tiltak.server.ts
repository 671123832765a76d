import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { tiltak } from "../../db/schema";

/** Id and title of every tiltak in the project, for choosing one in a form. */
export function listTiltakOptions(projectId: number) {
  return getDb().select({ id: tiltak.id, title: tiltak.title, status: tiltak.status }).from(tiltak).where(eq(tiltak.projectId, projectId)).orderBy(asc(tiltak.title)).all();
}

export function tiltakBelongsToProject(projectId: number, tiltakId: number) {
  return Boolean(getDb().select({ id: tiltak.id }).from(tiltak).where(and(eq(tiltak.id, tiltakId), eq(tiltak.projectId, projectId))).get());
}
