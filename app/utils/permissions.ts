import type { ProjectRole } from "../../db/enums";

export const hasRole = (role: ProjectRole, roles: readonly ProjectRole[]) => roles.includes(role);

/** Who may write the project's own records (activities, conferences, goals, tiltak). */
export const PROJECT_WRITERS = ["prosjektleder", "prosjektmedarbeider"] as const satisfies readonly ProjectRole[];

export const canWriteProjectRecords = (role: ProjectRole) => hasRole(role, PROJECT_WRITERS);

/** Who may start a sustainability round and keep the readiness check. */
export const AUDIT_LEADERS = ["prosjektleder", "radgiver"] as const satisfies readonly ProjectRole[];

/** Who may be chosen to rate in a sustainability round: the project team and the advisor. */
export const RATER_ROLES = ["prosjektleder", "prosjektmedarbeider", "radgiver"] as const satisfies readonly ProjectRole[];

/** Who reviews and signs off the sustainability audit. */
export const AUDITORS = ["radgiver"] as const satisfies readonly ProjectRole[];

/** Who answers the readiness checks the data cannot answer. */
export const READINESS_ANSWERERS = ["prosjektleder"] as const satisfies readonly ProjectRole[];

/** Who marks a report as sent to the funder. */
export const REPORT_SENDERS = ["prosjektleder"] as const satisfies readonly ProjectRole[];

/** Who asks for a step to be approved, and who decides. */
export const STEP_REQUESTERS = ["prosjektleder"] as const satisfies readonly ProjectRole[];
export const STEP_DECIDERS = ["styringsgruppe"] as const satisfies readonly ProjectRole[];

/** Who records steering-group meetings, decisions and their follow-up. */
export const MEETING_WRITERS = ["prosjektleder", "styringsgruppe"] as const satisfies readonly ProjectRole[];

/** Who may download the whole project as a file: it holds everyone's names, e-mail addresses and records. */
export const PROJECT_EXPORTERS = ["prosjektleder", "radgiver"] as const satisfies readonly ProjectRole[];

/** Who reads the project's audit log (administrators read all of it from /admin/logg). */
export const AUDIT_LOG_READERS = ["prosjektleder", "radgiver"] as const satisfies readonly ProjectRole[];

/** Who manages the project itself: its people and invitations, organisations, groups, phases and details. */
export const PROJECT_MANAGERS = ["prosjektleder"] as const satisfies readonly ProjectRole[];

/** Who may delete goals, tiltak and dialogue conferences, and records someone else registered. */
export const RECORD_DELETERS = ["prosjektleder"] as const satisfies readonly ProjectRole[];

/** A writer may delete what they registered themselves; a project leader may delete anything. */
export const canDeleteRecord = (role: ProjectRole, createdBy: number | null, userId: number) =>
  hasRole(role, RECORD_DELETERS) || (canWriteProjectRecords(role) && createdBy === userId);
