import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { invitations, projectMemberships, projects, users, type ProjectRole } from "../../db/schema";
import { INVITATION_TTL_MS } from "../utils/env.server";
import { nowIso, todayIso } from "../utils/time";
import { hashToken, randomToken } from "../utils/tokens.server";
import { writeAudit } from "./audit.server";
import { changedFields, removedFields } from "../utils/audit-changes.server";
import { normaliseEmail } from "./user.server";

export type Invitation = typeof invitations.$inferSelect;
export type InvitationState = "venter" | "utlopt" | "brukt" | "trukket";

export function invitationState(invitation: Pick<Invitation, "acceptedAt" | "withdrawnAt" | "expiresAt">, now = nowIso()): InvitationState {
  if (invitation.acceptedAt) return "brukt";
  if (invitation.withdrawnAt) return "trukket";
  return invitation.expiresAt <= now ? "utlopt" : "venter";
}

const expiry = () => new Date(Date.now() + INVITATION_TTL_MS).toISOString();

export type NewInvitation = { email: string; projectId: number | null; role: ProjectRole | null; position: string; organisationId: number | null; invitedBy: number };

/** Stores an invitation and returns the one-time token for its link (only its hash is kept). */
export function createInvitation(input: NewInvitation) {
  const token = randomToken();
  const now = nowIso();
  const row = getDb().transaction((tx) => {
    const created = tx
      .insert(invitations)
      .values({ ...input, email: normaliseEmail(input.email), tokenHash: hashToken(token), sentAt: now, expiresAt: expiry() })
      .returning()
      .get();
    writeAudit({ userId: input.invitedBy, action: "create", entityType: "invitation", entityId: created.id, projectId: input.projectId, detail: { email: created.email, role: created.role } });
    return created;
  });
  return { token, invitation: row };
}

/** An invitation to this address in the project (or to the installation) that can still be used. */
export function findOpenInvitation(email: string, projectId: number | null) {
  const now = nowIso();
  return (
    getDb()
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.email, normaliseEmail(email)),
          projectId === null ? isNull(invitations.projectId) : eq(invitations.projectId, projectId),
          isNull(invitations.acceptedAt),
          isNull(invitations.withdrawnAt),
        ),
      )
      .all()
      .find((i) => i.expiresAt > now) ?? null
  );
}

/** The project's invitations not yet accepted or withdrawn, newest first, with their state. */
export function listOpenInvitations(projectId: number | null) {
  const now = nowIso();
  return getDb()
    .select()
    .from(invitations)
    .where(and(projectId === null ? isNull(invitations.projectId) : eq(invitations.projectId, projectId), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt)))
    .orderBy(desc(invitations.sentAt))
    .all()
    .map(({ tokenHash: _hash, ...i }) => ({ ...i, state: invitationState(i, now) }));
}

/** The invitation behind a link, with the project's name, whatever its state. */
export function findInvitationByToken(token: string) {
  const row = getDb()
    .select({ invitation: invitations, projectName: projects.name })
    .from(invitations)
    .leftJoin(projects, eq(projects.id, invitations.projectId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  return row ? { ...row.invitation, projectName: row.projectName, state: invitationState(row.invitation) } : null;
}

function getProjectInvitation(projectId: number | null, invitationId: number) {
  return (
    getDb()
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), projectId === null ? isNull(invitations.projectId) : eq(invitations.projectId, projectId)))
      .get() ?? null
  );
}

/** A new link for an invitation not yet used or withdrawn: the old link stops working and the period starts again. */
export function renewInvitation(input: { projectId: number | null; invitationId: number; userId: number }) {
  const current = getProjectInvitation(input.projectId, input.invitationId);
  if (!current || current.acceptedAt || current.withdrawnAt) return null;
  const token = randomToken();
  const row = getDb().transaction((tx) => {
    const renewed = tx
      .update(invitations)
      .set({ tokenHash: hashToken(token), sentAt: nowIso(), expiresAt: expiry() })
      .where(and(eq(invitations.id, current.id), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt)))
      .returning()
      .get();
    if (!renewed) return null;
    writeAudit({ userId: input.userId, action: "update", entityType: "invitation", entityId: current.id, projectId: current.projectId, detail: { renewed: true, changes: changedFields(current, renewed, ["sentAt", "expiresAt"]) } });
    return renewed;
  });
  return row ? { token, invitation: row } : null;
}

export function withdrawInvitation(input: { projectId: number | null; invitationId: number; userId: number }) {
  const current = getProjectInvitation(input.projectId, input.invitationId);
  if (!current || current.acceptedAt || current.withdrawnAt) return false;
  return getDb().transaction((tx) => {
    const withdrawn = tx
      .update(invitations)
      .set({ withdrawnAt: nowIso() })
      .where(and(eq(invitations.id, current.id), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt)))
      .returning({ id: invitations.id })
      .get();
    if (withdrawn) writeAudit({ userId: input.userId, action: "delete", entityType: "invitation", entityId: current.id, projectId: current.projectId, detail: { removed: removedFields(current, ["email", "role", "sentAt"]) } });
    return Boolean(withdrawn);
  });
}

export type AcceptResult = { status: "accepted"; projectId: number | null } | { status: InvitationState | "not_found" };

/**
 * Uses the invitation for this user, once: marks it accepted and, for a project invitation, makes the user a
 * member with the invited role (someone already in the project keeps the role they have).
 */
export function acceptInvitation(input: { token: string; userId: number }): AcceptResult {
  return getDb().transaction((tx) => {
    const invitation = tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(input.token))).get();
    if (!invitation) return { status: "not_found" };
    const state = invitationState(invitation);
    if (state !== "venter") return { status: state };
    // The update names the state it read, so two tabs using one link cannot both succeed.
    const claimed = tx
      .update(invitations)
      .set({ acceptedAt: nowIso(), acceptedBy: input.userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt)))
      .returning({ id: invitations.id })
      .get();
    if (!claimed) return { status: "brukt" };
    if (invitation.projectId !== null && invitation.role !== null) {
      tx.insert(projectMemberships)
        .values({ projectId: invitation.projectId, userId: input.userId, role: invitation.role, position: invitation.position, organisationId: invitation.organisationId, since: todayIso() })
        .onConflictDoNothing()
        .run();
    }
    writeAudit({ userId: input.userId, action: "update", entityType: "invitation", entityId: invitation.id, projectId: invitation.projectId, detail: { accepted: true } });
    return { status: "accepted", projectId: invitation.projectId };
  });
}

/**
 * Accepts an invitation by making the account for the invited address, all or nothing. An address that
 * already has an account (with or without a password) is refused: its owner logs in, or sets a password
 * through "Glemt passord", first — an invitation link in someone else's hands must not open an account.
 */
export function acceptInvitationWithNewAccount(input: { token: string; name: string; passwordHash: string }): (AcceptResult | { status: "konto_finnes" }) & { userId?: number } {
  return getDb().transaction(
    (tx) => {
      const invitation = tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(input.token))).get();
      if (!invitation) return { status: "not_found" };
      const state = invitationState(invitation);
      if (state !== "venter") return { status: state };
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) return { status: "konto_finnes" };
      const userId = tx.insert(users).values({ email: invitation.email, name: input.name, passwordHash: input.passwordHash }).returning().get().id;
      writeAudit({ userId, action: "create", entityType: "user", entityId: userId, detail: { email: invitation.email, viaInvitation: invitation.id } });
      return { ...acceptInvitation({ token: input.token, userId }), userId };
    },
    // Taken as the writer from the start: nothing can use the link between the check and the account.
    { behavior: "immediate" },
  );
}

/** Whether an account with this address is already a member of the project. */
export function emailIsProjectMember(projectId: number, email: string) {
  return Boolean(
    getDb()
      .select({ id: projectMemberships.id })
      .from(projectMemberships)
      .innerJoin(users, eq(users.id, projectMemberships.userId))
      .where(and(eq(projectMemberships.projectId, projectId), eq(users.email, normaliseEmail(email))))
      .get(),
  );
}
