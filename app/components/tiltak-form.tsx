import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import type { TiltakChoices } from "../forms/tiltak";
import { CheckboxGroup } from "./checkbox-group";
import { checkedValues, fieldProps } from "./form-fields";
import { RecordForm } from "./record-form";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";

type Fields = Record<
  | "title"
  | "description"
  | "priority"
  | "goalIds"
  | "failureAreaIds"
  | "agreementAreaIds"
  | "organisationIds"
  | "responsibleOrganisationId"
  | "responsiblePerson"
  | "startDate"
  | "nextEvaluationDate",
  FieldMetadata<unknown>
>;

/** The fields of a tiltak; its status is changed separately, with a history. */
export function TiltakForm(props: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  fields: Fields;
  choices: TiltakChoices;
  version?: number;
  submitLabel: string;
  /** For a new tiltak: the day the idea arose, and today (the latest it may be). */
  ideaDate?: { field: FieldMetadata<unknown>; today: string };
}) {
  const { form, fields, choices } = props;
  const checkboxes = (legend: string, field: FieldMetadata<unknown>, options: { value: string; label: string; group?: string }[], description?: string) => (
    <CheckboxGroup legend={legend} description={description} name={field.name} options={options} defaultValue={checkedValues(field)} error={field.errors?.[0]} />
  );
  const organisationOptions = choices.organisations.map((o) => ({ value: String(o.id), label: o.name, group: o.region ? `${o.levelName}: ${o.region}` : o.levelName }));
  return (
    <RecordForm form={form} version={props.version} submitLabel={props.submitLabel}>
      <TextField label="Tittel" {...fieldProps(fields.title)} />
      <TextField label="Beskrivelse" multiline rows={4} {...fieldProps(fields.description)} />
      <SelectField label="Prioritet" placeholder="Velg prioritet" options={choices.priorities} {...fieldProps(fields.priority)} />
      {checkboxes("Mål tiltaket skal bidra til", fields.goalIds, choices.goals)}
      {checkboxes("Sviktområder tiltaket svarer på", fields.failureAreaIds, choices.failureAreas, "Statens helsetilsyns fem sviktområder i samhandlingen.")}
      {checkboxes("Samarbeidsavtaler tiltaket er knyttet til", fields.agreementAreaIds, choices.agreementAreas)}
      {checkboxes("Organisasjoner som er med", fields.organisationIds, organisationOptions)}
      <SelectField
        label="Ansvarlig organisasjon"
        placeholder="Ikke valgt"
        options={choices.organisations.map((o) => ({ value: String(o.id), label: o.name, group: o.levelName }))}
        {...fieldProps(fields.responsibleOrganisationId)}
      />
      <TextField label="Ansvarlig person" {...fieldProps(fields.responsiblePerson)} />
      {props.ideaDate ? (
        <DateField
          label="Idé registrert"
          description="Dagen ideen kom opp, i dag eller tidligere. Sett en tidligere dato når tiltaket føres inn i etterkant."
          {...fieldProps(props.ideaDate.field)}
        />
      ) : null}
      <DateField label="Startdato" description="Når utprøvingen starter eller startet." {...fieldProps(fields.startDate)} />
      <DateField
        label="Planlagt evaluering"
        description="Når tiltaket skal evalueres første gang. Etter en evaluering gjelder datoen evalueringen satte."
        {...fieldProps(fields.nextEvaluationDate)}
      />
    </RecordForm>
  );
}
