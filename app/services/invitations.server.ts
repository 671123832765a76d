// Invitations from a project leader (to the project, with a role) or an administrator (to the installation):
// stored, then mailed; without e-mail the inviter gets the link to pass on.
import { createInvitation, renewInvitation, withdrawInvitation, type Invitation, type NewInvitation } from "../models/invitation.server";
import { parseId } from "../services/access.server";
import { getProject } from "../models/project.server";
import { getContent } from "../utils/content.server";
import { appUrl, INVITATION_TTL_MS } from "../utils/env.server";
import { formatDate } from "../utils/format";
import { sendMail, type MailOutcome } from "./mail.server";

export type InvitationSent = { email: string; link: string; mail: MailOutcome["status"]; renewed?: boolean };

export const invitationLink = (request: Request, token: string) => `${appUrl(request)}/invitasjon/${token}`;

function invitationText(invitation: Invitation, link: string, inviterName: string) {
  const days = Math.round(INVITATION_TTL_MS / 86_400_000);
  const project = invitation.projectId !== null ? getProject(invitation.projectId) : null;
  const asRole = invitation.role ? getContent().labels.projectRolesAs[invitation.role] : "";
  const what = project ? `prosjektet «${project.name}» i Trinnvis ${asRole}` : "Trinnvis";
  return {
    subject: project ? `Invitasjon til ${project.name}` : "Invitasjon til Trinnvis",
    text: [
      "Hei!",
      "",
      `${inviterName} inviterer deg til ${what}.`,
      "",
      "Åpne lenken for å bli med. Har du ikke konto, lager du den der:",
      link,
      "",
      `Lenken kan brukes én gang og virker til ${formatDate(invitation.expiresAt)} (${days} dager).`,
      "Ventet du ikke denne e-posten, kan du se bort fra den.",
    ].join("\n"),
  };
}

async function deliver(request: Request, token: string, invitation: Invitation, inviterName: string): Promise<InvitationSent> {
  const link = invitationLink(request, token);
  const outcome = await sendMail({ to: invitation.email, ...invitationText(invitation, link, inviterName) });
  return { email: invitation.email, link, mail: outcome.status };
}

export async function inviteAndSend(request: Request, input: NewInvitation, inviterName: string) {
  const { token, invitation } = createInvitation(input);
  return deliver(request, token, invitation, inviterName);
}

/** A new link for a pending invitation, sent again; null when it can no longer be renewed. */
export async function resendInvitation(request: Request, input: { projectId: number | null; invitationId: number; userId: number }, inviterName: string) {
  const renewed = renewInvitation(input);
  return renewed ? { ...(await deliver(request, renewed.token, renewed.invitation, inviterName)), renewed: true } : null;
}

export type InvitationListOutcome = { status: number; sent?: InvitationSent; done?: string };

/**
 * The buttons of a list of waiting invitations ("send-igjen", "trekk"), for a project's or (projectId null)
 * the installation's; null for any other intent.
 */
export async function invitationListAction(
  request: Request,
  formData: FormData,
  scope: { projectId: number | null; user: { id: number; name: string } },
): Promise<InvitationListOutcome | null> {
  const intent = formData.get("intent");
  if (intent !== "send-igjen" && intent !== "trekk") return null;
  const target = { projectId: scope.projectId, invitationId: parseId(formData.get("invitationId")), userId: scope.user.id };
  if (intent === "send-igjen") {
    const sent = await resendInvitation(request, target, scope.user.name);
    return sent ? { status: 200, sent } : { status: 409, done: "Invitasjonen er allerede brukt eller trukket tilbake." };
  }
  return withdrawInvitation(target)
    ? { status: 200, done: "Invitasjonen er trukket tilbake. Lenken virker ikke lenger." }
    : { status: 409, done: "Invitasjonen var allerede brukt eller trukket tilbake." };
}
