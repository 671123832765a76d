// The evaluation part of a tiltak's page: the evaluations so far, and the form for a new one.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useRef, useState, type FormEvent } from "react";
import { addMonths } from "../domain/dated-facts";
import { evaluationSchema } from "../forms/tiltak";
import { dateInputText, readDateInput } from "../utils/dates";
import { formatDate } from "../utils/format";
import { CsrfInput } from "./csrf-input";
import { DataTable } from "./data-table";
import { TextField } from "./fields";
import { DateField } from "./date-field";
import { FormErrorSummary } from "./error-summary";
import { fieldProps } from "./form-fields";
import { useChoicesForm } from "./forms";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";

type Result = SubmissionResult<string[]> | null | undefined;
type Labels = Record<string, string>;

/** The day a date field's text names, if it names one. */
const dayOf = (text: string) => {
  const reading = readDateInput(text);
  return "iso" in reading ? reading.iso : null;
};

/** The next evaluation a new one proposes: a year after it (nothing for a value that is not a day). */
const yearAfter = (date: string) => {
  const day = dayOf(date);
  return day ? addMonths(day, 12) : "";
};

export type EvaluationRow = {
  id: number;
  date: string;
  method: string;
  result: string;
  decision: string;
  nextEvaluationDate: string | null;
  createdAt: string;
};

/** Every evaluation of the tiltak, newest first. */
export function EvaluationHistory(props: { evaluations: EvaluationRow[]; methods: Labels; decisions: Labels }) {
  if (props.evaluations.length === 0) return <Paragraph>Tiltaket er ikke evaluert ennå.</Paragraph>;
  return (
    <DataTable
      caption="Alle evalueringer av tiltaket"
      headers={["Dato", "Metode", "Resultat", "Beslutning", "Neste evaluering"]}
      rows={props.evaluations.map((e) => ({
        key: e.id,
        cells: [
          <>
            {formatDate(e.date)}
            {formatDate(e.createdAt) !== formatDate(e.date) ? <span className="cell-note">registrert {formatDate(e.createdAt)}</span> : null}
          </>,
          props.methods[e.method] ?? e.method,
          e.result,
          props.decisions[e.decision] ?? e.decision,
          e.decision === "avslutte" ? "Ingen, tiltaket er avsluttet" : formatDate(e.nextEvaluationDate),
        ],
      }))}
    />
  );
}

/**
 * A new evaluation: dated today unless told otherwise, with the next one proposed a year later. While
 * the next date has not been chosen, it follows the evaluation's date; a tiltak that is stopped gets
 * no next date. Without JavaScript the proposal is the one the page was shown with, and a next date
 * given with «Avslutte» is left out by the action.
 */
export function EvaluationForm(props: { methods: Labels; decisions: Labels; lastResult: Result; today: string }) {
  const [form, fields] = useChoicesForm(evaluationSchema, props.today, props.lastResult, { date: props.today, nextEvaluationDate: yearAfter(props.today) });
  const initialDate = typeof fields.date.initialValue === "string" ? fields.date.initialValue : props.today;
  const initialNext = typeof fields.nextEvaluationDate.initialValue === "string" ? fields.nextEvaluationDate.initialValue : "";
  const [stopping, setStopping] = useState(fields.decision.initialValue === "avslutte");
  // Whether the user has set the next date themselves; until then it follows the evaluation's date.
  const nextChosen = useRef(initialNext !== "" && dayOf(initialNext) !== yearAfter(initialDate));

  const follow = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === fields.decision.name) setStopping(target.value === "avslutte");
    if (target.name === fields.nextEvaluationDate.name) nextChosen.current = true;
    if (target.name === fields.date.name && !nextChosen.current && dayOf(target.value)) {
      const next = event.currentTarget.elements.namedItem(fields.nextEvaluationDate.name);
      if (next instanceof HTMLInputElement) next.value = dateInputText(yearAfter(target.value));
    }
  };

  const options = (labels: Labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));
  return (
    <Form method="post" className="form" {...getFormProps(form)} onChange={follow}>
      <CsrfInput />
      <input type="hidden" name="intent" value="evaluering" />
      <Heading level={3} data-size="xs">
        Registrer evaluering
      </Heading>
      <FormErrorSummary form={form} />
      <DateField label="Dato for evalueringen" {...fieldProps(fields.date)} />
      <SelectField label="Metode" placeholder="Velg metode" options={options(props.methods)} {...fieldProps(fields.method)} />
      <TextField label="Resultat" description="Hva evalueringen viste." multiline rows={3} {...fieldProps(fields.result)} />
      <SelectField label="Beslutning" placeholder="Velg beslutning" options={options(props.decisions)} {...fieldProps(fields.decision)} />
      <DateField
        label="Neste evaluering"
        disabled={stopping}
        description={stopping ? "Et tiltak som avsluttes, skal ikke evalueres igjen." : "Etter datoen for evalueringen; foreslått ett år senere. Trengs ikke når tiltaket avsluttes."}
        {...fieldProps(fields.nextEvaluationDate)}
      />
      <div>
        <SubmitButton variant="secondary">
          Registrer evalueringen
        </SubmitButton>
      </div>
    </Form>
  );
}
