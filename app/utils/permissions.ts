import type { ProjectRole } from "../../db/schema";

/** Who may write the project's own records (activities, conferences, goals, tiltak). */
export const PROJECT_WRITERS = ["prosjektleder", "prosjektmedarbeider"] as const satisfies readonly ProjectRole[];

export const canWriteProjectRecords = (role: ProjectRole) => (PROJECT_WRITERS as readonly ProjectRole[]).includes(role);
