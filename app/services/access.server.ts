import type { ProjectRole } from "../../db/schema";
import { getMembership } from "../models/membership.server";
import { hasRole, RECORD_DELETERS } from "../utils/permissions";
import { requireCsrf } from "./csrf.server";
import { requireSession, type CurrentSession } from "./session.server";
import { readForm } from "../utils/form-body.server";

export type ProjectAccess = CurrentSession & { projectId: number; role: ProjectRole };

export const notFound = (message = "Fant ikke siden") => new Response(message, { status: 404 });

/** Parses a positive integer id from a URL or form; anything else is a 404. */
export function parseId(value: unknown): number {
  const text = typeof value === "string" ? value : "";
  if (!/^[1-9][0-9]{0,15}$/.test(text)) throw notFound();
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
  if (!membership) throw notFound();
  if (allowedRoles && !allowedRoles.includes(membership.role)) {
    throw new Response("Du har ikke tilgang til å gjøre dette i prosjektet", { status: 403 });
  }
  return { ...session, projectId, role: membership.role };
}

/** Deleting goals, tiltak, conferences and measures (and others' records) is the project leader's: RECORD_DELETERS. */
export function requireRecordDeleter(role: ProjectRole, records = "mål, tiltak og dialogkonferanser") {
  if (!hasRole(role, RECORD_DELETERS)) throw new Response(`Bare prosjektlederen kan slette ${records}.`, { status: 403 });
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
  if (!session.user.isAdmin) throw notFound();
  return session;
}

/** For admin actions: administrator plus the form's CSRF token. */
export async function requireAdminAction(request: Request): Promise<CurrentSession & { formData: FormData }> {
  const session = await requireAdmin(request);
  const formData = await readForm(request);
  requireCsrf(request, formData, session);
  return { ...session, formData };
}
