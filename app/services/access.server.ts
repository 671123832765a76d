import type { ProjectRole } from "../../db/schema";
import { getMembership } from "../models/membership.server";
import { hasRole, RECORD_DELETERS } from "../utils/permissions";
import { refusal, type RefusalReason } from "./audit-events.server";
import { requireCsrf } from "./csrf.server";
import { requireSession, type CurrentSession } from "./session.server";
import { readForm } from "../utils/form-body.server";

export type ProjectAccess = CurrentSession & { projectId: number; role: ProjectRole };

/**
 * 404, as if the page did not exist. The reason goes to the audit log (app/entry.server.tsx logs every
 * refusal with the user, the client's address, the project and the path); the user sees only the message.
 */
export const notFound = (message = "Fant ikke siden", reason: RefusalReason = "finnes-ikke") => refusal(404, message, reason);

/** Parses a positive integer id from a URL or form; anything else is a 404. */
export function parseId(value: unknown): number {
  const text = typeof value === "string" ? value : "";
  if (!/^[1-9][0-9]{0,15}$/.test(text)) throw notFound(undefined, "ugyldig-id");
  return Number(text);
}

/**
 * The one check every project loader and action makes. Someone who is not a member of the
 * project gets 404, as if it did not exist; a member whose role may not do this gets 403.
 */
export async function requireProjectRole(
  request: Request,
  projectIdParam: unknown,
  allowedRoles?: readonly ProjectRole[],
): Promise<ProjectAccess> {
  const session = await requireSession(request);
  const projectId = parseId(projectIdParam);
  const membership = getMembership(projectId, session.user.id);
  if (!membership) throw notFound(undefined, "ikke-medlem");
  if (allowedRoles) requireRole(membership.role, allowedRoles);
  return { ...session, projectId, role: membership.role };
}

/** 403 for a member whose role may not do this (when which roles may depends on what is asked). */
export function requireRole(role: ProjectRole, allowedRoles: readonly ProjectRole[]) {
  if (!allowedRoles.includes(role)) throw refusal(403, "Du har ikke tilgang til å gjøre dette i prosjektet", "mangler-rolle");
}

/** Deleting goals, tiltak, conferences and measures (and others' records) is the project leader's: RECORD_DELETERS. */
export function requireRecordDeleter(role: ProjectRole, records = "mål, tiltak og dialogkonferanser") {
  if (!hasRole(role, RECORD_DELETERS)) throw refusal(403, `Bare prosjektlederen kan slette ${records}.`, "kan-ikke-slette");
}

/** For actions: role check plus the form's CSRF token. Returns the parsed form too. */
export async function requireProjectAction(
  request: Request,
  projectIdParam: unknown,
  allowedRoles: readonly ProjectRole[],
): Promise<ProjectAccess & { formData: FormData }> {
  const access = await requireProjectRole(request, projectIdParam, allowedRoles);
  const formData = await readForm(request);
  requireCsrf(request, formData, access);
  return { ...access, formData };
}

/** Global administrators only; others get 404 so the admin pages are not advertised. */
export async function requireAdmin(request: Request): Promise<CurrentSession> {
  const session = await requireSession(request);
  if (!session.user.isAdmin) throw notFound(undefined, "ikke-administrator");
  return session;
}

/** For admin actions: administrator plus the form's CSRF token. */
export async function requireAdminAction(request: Request): Promise<CurrentSession & { formData: FormData }> {
  const session = await requireAdmin(request);
  const formData = await readForm(request);
  requireCsrf(request, formData, session);
  return { ...session, formData };
}
