import { Paragraph, Tag } from "@digdir/designsystemet-react";
import { formatDate } from "../utils/format";
import { DataTable } from "./data-table";
import { IntentButton } from "./record-form";

type OpenInvitation = { id: number; email: string; roleName?: string; sentAt: string; expiresAt: string; state: string };

/** Invitations not yet accepted: each can be sent again (a new link) or withdrawn. */
export function InvitationList({ invitations }: { invitations: OpenInvitation[] }) {
  if (invitations.length === 0) return <Paragraph>Ingen invitasjoner venter på svar.</Paragraph>;
  const withRole = invitations.some((i) => i.roleName);
  return (
    <DataTable
      caption="Invitasjoner som venter på svar"
      headers={["E-post", ...(withRole ? ["Rolle"] : []), "Sendt", "Gyldig til", <span key="h" className="visually-hidden">Handlinger</span>]}
      rows={invitations.map((i) => ({
        key: i.id,
        cells: [
          i.email,
          ...(withRole ? [i.roleName ?? ""] : []),
          formatDate(i.sentAt),
          i.state === "utlopt" ? <Tag key="exp" data-color="warning">Utløpt {formatDate(i.expiresAt)}</Tag> : formatDate(i.expiresAt),
          <div key="actions" className="button-row">
            <IntentButton intent="send-igjen" fields={{ invitationId: i.id }} variant="secondary" data-size="sm" aria-label={`Send på nytt: invitasjonen til ${i.email}`}>
              Send på nytt
            </IntentButton>
            <IntentButton intent="trekk" fields={{ invitationId: i.id }} confirmMessage={`Trekke tilbake invitasjonen til ${i.email}?`} confirmLabel="Trekk tilbake" variant="tertiary" data-color="danger" data-size="sm" aria-label={`Trekk tilbake: invitasjonen til ${i.email}`}>
              Trekk tilbake
            </IntentButton>
          </div>,
        ],
      }))}
    />
  );
}
