import { Paragraph } from "@digdir/designsystemet-react";
import { DoneMessage } from "./done-message";

export type SentInvitation = { email: string; link: string; mail: "sent" | "not_configured" | "failed"; renewed?: boolean };

/** What happened to an invitation just sent: mailed, or the link to pass on when no e-mail went out. */
export function InvitationNotice({ sent }: { sent: SentInvitation }) {
  const replaced = sent.renewed ? " Den forrige lenken virker ikke lenger." : "";
  if (sent.mail === "sent") return <DoneMessage message={`Invitasjonen er sendt til ${sent.email}.${replaced}`} />;
  return (
    <DoneMessage color="warning" focusKey={sent.link}>
      <Paragraph>
        {sent.mail === "not_configured"
          ? `E-post er ikke satt opp på denne installasjonen, så invitasjonen er ikke sendt. Gi lenken til ${sent.email} selv:`
          : `E-posten til ${sent.email} kunne ikke sendes. Gi lenken videre selv, eller prøv å sende på nytt senere:`}
        {replaced}
      </Paragraph>
      <Paragraph>
        <a className="ds-link" href={sent.link} data-testid="invitasjonslenke">
          {sent.link}
        </a>
      </Paragraph>
    </DoneMessage>
  );
}
