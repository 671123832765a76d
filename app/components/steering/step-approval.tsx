import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Tag } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { StepDecisionSchema, StepRequestSchema } from "../../forms/step-review";
import { formatDate } from "../../utils/format";
import { CsrfInput } from "../csrf-input";
import { DataTable } from "../data-table";
import { TextField } from "../fields";
import { FormErrorSummary } from "../error-summary";
import { fieldProps } from "../form-fields";
import { useZodForm } from "../forms";
import { RadioGroup } from "../radio-group";
import { StepStatus } from "./step-status";
import { SubmitButton } from "../submit-button";

type Result = SubmissionResult<string[]> | undefined;
type Review = {
  id: number;
  stepName: string;
  requestedAt: string;
  requestedByName: string | null;
  justification: string;
  status: "venter" | "godkjent" | "sendt_tilbake";
  decidedAt: string | null;
  decidedByName: string | null;
  comment: string;
};

const STATUS = {
  venter: { text: "Venter på styringsgruppen", color: "warning" },
  godkjent: { text: "Godkjent", color: "success" },
  sendt_tilbake: { text: "Sendt tilbake", color: "danger" },
} as const;

/** The current step, the request waiting for the steering group, its decision form, and the history. */
export function StepApproval(props: { currentStepName: string; reviews: Review[]; canRequest: boolean; canDecide: boolean; requestResult: Result; decisionResult: Result }) {
  const pending = props.reviews.find((r) => r.status === "venter");
  return (
    <div className="stack">
      <StepStatus currentStepName={props.currentStepName} pending={pending} />
      {pending && props.canDecide ? <DecisionForm key={pending.id} reviewId={pending.id} lastResult={props.decisionResult} /> : null}
      {!pending && props.canRequest ? <RequestForm key={props.reviews.length} lastResult={props.requestResult} /> : null}
      {props.reviews.length ? (
        <DataTable
          caption="Historikk for godkjenning av steg"
          headers={["Steg", "Bedt om", "Begrunnelse", "Avgjørelse", "Kommentar"]}
          rows={props.reviews.map((r) => ({
            key: r.id,
            cells: [
              r.stepName,
              `${formatDate(r.requestedAt)} av ${r.requestedByName ?? "ukjent"}`,
              r.justification,
              <span key="s">
                <Tag data-color={STATUS[r.status].color}>{STATUS[r.status].text}</Tag>
                {r.decidedAt ? ` ${formatDate(r.decidedAt)} av ${r.decidedByName ?? "ukjent"}` : ""}
              </span>,
              r.comment,
            ],
          }))}
        />
      ) : null}
    </div>
  );
}

function RequestForm({ lastResult }: { lastResult: Result }) {
  const [form, fields] = useZodForm(StepRequestSchema, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="be-om-godkjenning" />
      <FormErrorSummary form={form} />
      <TextField label="Be styringsgruppen godkjenne steget" description="Kort begrunnelse: hva er gjort, og hvorfor er steget ferdig?" multiline rows={3} {...fieldProps(fields.justification)} />
      <div>
        <SubmitButton pendingLabel="Sender …" variant="secondary">
          Be om godkjenning
        </SubmitButton>
      </div>
    </Form>
  );
}

function DecisionForm({ reviewId, lastResult }: { reviewId: number; lastResult: Result }) {
  const [form, fields] = useZodForm(StepDecisionSchema, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="avgjor-steg" />
      <input type="hidden" name="reviewId" value={reviewId} />
      <FormErrorSummary form={form} />
      <RadioGroup
        legend="Styringsgruppens avgjørelse"
        name={fields.decision.name}
        options={[
          { value: "godkjent", label: "Godkjenn steget" },
          { value: "sendt_tilbake", label: "Send tilbake" },
        ]}
        defaultValue={typeof fields.decision.initialValue === "string" ? fields.decision.initialValue : undefined}
        error={fields.decision.errors?.[0]}
      />
      <TextField label="Kommentar" description="Må fylles ut når forespørselen sendes tilbake" multiline rows={2} {...fieldProps(fields.comment)} />
      <div>
        <SubmitButton>Lagre avgjørelsen</SubmitButton>
      </div>
    </Form>
  );
}
