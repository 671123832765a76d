import { Tag } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { DECISION_STATUS_TEXT } from "../../forms/steering";
import { formatDate } from "../../utils/format";
import { CsrfInput } from "../csrf-input";
import { DataTable } from "../data-table";
import { SelectField } from "../select-field";
import { SubmitButton } from "../submit-button";

type Decision = {
  id: number;
  text: string;
  owner: string;
  ownerUserId: number | null;
  dueDate: string | null;
  status: keyof typeof DECISION_STATUS_TEXT;
  version: number;
  links: string[];
  meetingDate: string | null;
};

const STATUS_OPTIONS = Object.entries(DECISION_STATUS_TEXT).map(([value, label]) => ({ value, label }));

/**
 * Decisions with owner, due date and links; their follow-up status can be changed in place by those
 * who write the steering group's records (`canWrite`) and by each decision's owner (`userId`).
 */
export function DecisionTable(props: { caption: string; decisions: Decision[]; today: string; canWrite: boolean; userId: number; action?: string; showMeeting?: boolean }) {
  return (
    <DataTable
      caption={props.caption}
      headers={[...(props.showMeeting ? ["Møte"] : []), "Vedtak", "Ansvarlig", "Frist", "Knyttet til", "Status"]}
      rows={props.decisions.map((d) => {
        const overdue = d.dueDate !== null && d.dueDate < props.today && (d.status === "apen" || d.status === "pagar");
        return {
          key: d.id,
          id: `vedtak-${d.id}`,
          cells: [
            ...(props.showMeeting ? [formatDate(d.meetingDate)] : []),
            d.text,
            d.owner,
            <span key="f">
              {formatDate(d.dueDate)} {overdue ? <Tag data-color="danger">Forfalt</Tag> : null}
            </span>,
            d.links.join(", "),
            props.canWrite || d.ownerUserId === props.userId ? (
              <Form key="s" method="post" action={props.action} className="inline-form">
                <CsrfInput />
                <input type="hidden" name="intent" value="vedtak-status" />
                <input type="hidden" name="decisionId" value={d.id} />
                <input type="hidden" name="version" value={d.version} />
                <SelectField label={`Status for «${d.text.slice(0, 40)}»`} name="status" options={STATUS_OPTIONS} defaultValue={d.status} />
                <SubmitButton variant="secondary" data-size="sm">
                  Oppdater
                </SubmitButton>
              </Form>
            ) : (
              DECISION_STATUS_TEXT[d.status]
            ),
          ],
        };
      })}
    />
  );
}
