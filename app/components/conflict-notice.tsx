import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

export const CONFLICT_MESSAGE =
  "Noen andre har lagret endringer etter at du åpnet skjemaet. Det du skrev er ikke lagret. Se den lagrede versjonen, og lagre på nytt hvis du fortsatt vil endre.";

/** Shown when a save was refused because someone else saved first: what is stored now. */
export function ConflictNotice({ children }: { children: ReactNode }) {
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        Lagret versjon
      </Heading>
      <Paragraph>{CONFLICT_MESSAGE}</Paragraph>
      {children}
    </Alert>
  );
}
