import { Paragraph, Tag } from "@digdir/designsystemet-react";
import { formatDate } from "../../utils/format";

type PendingRequest = { requestedByName: string | null; requestedAt: string; stepName: string; justification?: string };

/** The step the project is in and the request waiting for the steering group, with its justification when given. */
export function StepStatus({ currentStepName, pending }: { currentStepName: string; pending: PendingRequest | null | undefined }) {
  return (
    <>
      <Paragraph>
        Prosjektet er i steget <strong>{currentStepName}</strong>.
      </Paragraph>
      {pending ? (
        <Paragraph>
          <Tag data-color="warning">Venter på styringsgruppen</Tag> {pending.requestedByName ?? "Prosjektlederen"} ba {formatDate(pending.requestedAt)} om at steget «{pending.stepName}»
          godkjennes{pending.justification ? `: ${pending.justification}` : "."}
        </Paragraph>
      ) : null}
    </>
  );
}
