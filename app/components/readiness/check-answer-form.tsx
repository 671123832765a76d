import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ReadinessAnswerSchema, type CheckChoices } from "../../forms/readiness";
import { CsrfInput } from "../csrf-input";
import { TextField } from "../fields";
import { DateField } from "../date-field";
import { FormErrorSummary } from "../error-summary";
import { fieldProps } from "../form-fields";
import { useChoicesForm } from "../forms";
import { SelectField } from "../select-field";
import { SubmitButton } from "../submit-button";

const MANUAL_STATUSES = [
  { value: "bestatt", label: "Bestått" },
  { value: "advarsel", label: "Delvis, med advarsel" },
  { value: "ikke_bestatt", label: "Ikke bestått" },
];
const NOT_RELEVANT = { value: "ikke_relevant", label: "Ikke relevant for prosjektet" };

type Props = {
  checkId: string;
  acceptsAnswer: boolean;
  choices: CheckChoices;
  saved: { status: string; evidence: string; notRelevantReason: string; answeredOn: string } | null;
  /** The day a new answer holds from unless the leader says otherwise: the day the page looks at. */
  defaultDate: string;
  lastResult: SubmissionResult<string[]> | undefined;
};

/** The project leader's answer to one check, or its marking as not relevant. */
export function CheckAnswerForm({ checkId, acceptsAnswer, choices, saved, defaultDate, lastResult }: Props) {
  const [form, fields] = useChoicesForm(ReadinessAnswerSchema, choices, lastResult, saved ?? { answeredOn: defaultDate });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="svar" />
      <input type="hidden" name="checkId" value={checkId} />
      <FormErrorSummary form={form} />
      <SelectField label="Svar" placeholder="Velg" options={acceptsAnswer ? [...MANUAL_STATUSES, NOT_RELEVANT] : [NOT_RELEVANT]} {...fieldProps(fields.status)} />
      <TextField label="Dokumentasjon" description="Hva svaret bygger på: referat, vedtak, nettadresse" multiline rows={2} {...fieldProps(fields.evidence)} />
      <TextField label="Hvorfor ikke relevant" description="Fylles ut når punktet ikke er relevant" multiline rows={2} {...fieldProps(fields.notRelevantReason)} />
      <DateField label="Gjelder fra" description="Dagen svaret ble sant. Vurderinger per en tidligere dato bruker det ikke." {...fieldProps(fields.answeredOn)} />
      <div>
        <SubmitButton variant="secondary" data-size="sm">
          Lagre svaret
        </SubmitButton>
      </div>
    </Form>
  );
}
