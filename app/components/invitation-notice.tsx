import { Alert, Paragraph } from "@digdir/designsystemet-react";

export type SentInvitation = { email: string; link: string; mail: "sent" | "not_configured" | "failed" };

/** What happened to an invitation just sent: mailed, or the link to pass on when no e-mail went out. */
export function InvitationNotice({ sent }: { sent: SentInvitation }) {
  if (sent.mail === "sent") {
    return (
      <Alert data-color="success" role="status">
        Invitasjonen er sendt til {sent.email}.
      </Alert>
    );
  }
  return (
    <Alert data-color="warning" role="status">
      <Paragraph>
        {sent.mail === "not_configured"
          ? `E-post er ikke satt opp på denne installasjonen, så invitasjonen er ikke sendt. Gi lenken til ${sent.email} selv:`
          : `E-posten til ${sent.email} kunne ikke sendes. Gi lenken videre selv, eller prøv å sende på nytt senere:`}
      </Paragraph>
      <Paragraph>
        <a href={sent.link} data-testid="invitasjonslenke">
          {sent.link}
        </a>
      </Paragraph>
    </Alert>
  );
}
