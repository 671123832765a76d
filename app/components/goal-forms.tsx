import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { EditGoalSchema, goalStatusSchema, NewGoalSchema } from "../forms/goal";
import { formatDate } from "../utils/format";
import { CsrfInput } from "./csrf-input";
import { FormErrorSummary } from "./error-summary";
import { fieldProps } from "./form-fields";
import { useChoicesForm, useZodForm } from "./forms";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";
import { SubmitButton } from "./submit-button";

type Result = SubmissionResult<string[]> | null | undefined;
type Choice = { value: string; label: string };

export function NewGoalForm({ kind, lastResult, submitLabel }: { kind: "hovedmal" | "delmal"; lastResult: Result; submitLabel: string }) {
  const [form, fields] = useZodForm(NewGoalSchema, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="nytt-mal" />
      <input type="hidden" name="kind" value={kind} />
      <FormErrorSummary form={form} />
      <TextField label={kind === "hovedmal" ? "Hovedmål" : "Nytt delmål"} multiline rows={2} {...fieldProps(fields.title)} />
      <TextField label="Beskrivelse" multiline rows={2} {...fieldProps(fields.description)} />
      <div>
        <SubmitButton variant="secondary">
          {submitLabel}
        </SubmitButton>
      </div>
    </Form>
  );
}

export function EditGoalForm(props: { goal: { id: number; title: string; description: string; version: number }; lastResult: Result }) {
  const [form, fields] = useZodForm(EditGoalSchema, props.lastResult, { title: props.goal.title, description: props.goal.description });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="endre" />
      <input type="hidden" name="goalId" value={props.goal.id} />
      <input type="hidden" name="version" value={props.goal.version} key={props.goal.version} />
      <FormErrorSummary form={form} />
      <TextField label="Mål" multiline rows={2} {...fieldProps(fields.title)} />
      <TextField label="Beskrivelse" multiline rows={2} {...fieldProps(fields.description)} />
      <div>
        <SubmitButton variant="secondary" data-size="sm">
          Lagre målet
        </SubmitButton>
      </div>
    </Form>
  );
}

export function GoalStatusForm(props: { goalId: number; statuses: Choice[]; lastResult: Result; today: string; /** The goal's latest evaluation, if any. */ latestDate: string | null }) {
  const [form, fields] = useChoicesForm(goalStatusSchema, props.today, props.lastResult, { date: props.today });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="goalId" value={props.goalId} />
      <FormErrorSummary form={form} />
      <DateField label="Dato for vurderingen" {...fieldProps(fields.date)} />
      <SelectField label="Status" placeholder="Velg status" options={props.statuses} {...fieldProps(fields.status)} />
      <TextField label="Kommentar" multiline rows={2} {...fieldProps(fields.comment)} />
      <TextField
        label="Begrunnelse"
        description={
          props.latestDate
            ? `Påkrevd når datoen er før målets siste vurdering (${formatDate(props.latestDate)}), for eksempel når tidligere vurderinger føres inn i etterkant.`
            : "Påkrevd når datoen er før målets siste vurdering."
        }
        multiline
        rows={2}
        {...fieldProps(fields.reason)}
      />
      <div>
        <SubmitButton data-size="sm">
          Registrer vurdering
        </SubmitButton>
      </div>
    </Form>
  );
}
