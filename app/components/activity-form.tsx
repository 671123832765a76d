import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import type { ActivityChoices } from "../forms/activity";
import { CheckboxGroup } from "./checkbox-group";
import { checkedValues, fieldProps } from "./form-fields";
import { RecordForm } from "./record-form";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";

type Fields = Record<"title" | "startDate" | "endDate" | "typeId" | "stepTheme" | "audiences" | "organisationIds" | "description" | "evidenceUrl", FieldMetadata<unknown>>;

/** The fields of an activity, for registering a new one and for editing. */
export function ActivityForm(props: {
  // The form's own schema type is not needed here; only its props and errors are.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  fields: Fields;
  choices: ActivityChoices;
  version?: number;
  submitLabel: string;
}) {
  const { form, fields, choices } = props;
  return (
    <RecordForm form={form} version={props.version} submitLabel={props.submitLabel}>
      <TextField label="Tittel" {...fieldProps(fields.title)} />
      <DateField label="Dato" {...fieldProps(fields.startDate)} />
      <DateField label="Sluttdato" description="Bare for aktiviteter over en periode." {...fieldProps(fields.endDate)} />
      <SelectField label="Type" placeholder="Velg type" options={choices.types} {...fieldProps(fields.typeId)} />
      <SelectField label="Steg og tema" placeholder="Velg steg og tema" options={choices.stepThemes} {...fieldProps(fields.stepTheme)} />
      <CheckboxGroup
        legend="Målgruppe"
        description="Hvem aktiviteten nådde. For ledere: på hvilket nivå."
        name={fields.audiences.name}
        options={choices.audiences}
        defaultValue={checkedValues(fields.audiences)}
        error={fields.audiences.errors?.[0]}
      />
      <CheckboxGroup
        legend="Organisasjoner som ble nådd"
        name={fields.organisationIds.name}
        options={choices.organisations.map((o) => ({
          value: String(o.id),
          label: o.name,
          group: o.region ? `${o.levelName}: ${o.region}` : o.levelName,
        }))}
        defaultValue={checkedValues(fields.organisationIds)}
        error={fields.organisationIds.errors?.[0]}
      />
      <TextField label="Beskrivelse" multiline rows={4} {...fieldProps(fields.description)} />
      <TextField label="Lenke til dokumentasjon" description="Valgfri, for eksempel referat eller program." {...fieldProps(fields.evidenceUrl)} />
    </RecordForm>
  );
}
