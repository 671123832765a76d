import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { Fieldset } from "@digdir/designsystemet-react";
import type { ConferenceChoices } from "../forms/conference";
import { fieldProps } from "./form-fields";
import { RecordForm } from "./record-form";
import { SelectField } from "./select-field";
import { TextField } from "./fields";
import { DateField } from "./date-field";

type Fields = Record<"title" | "startDate" | "endDate" | "place" | "region" | "purpose" | "stepTheme" | "participants", FieldMetadata<unknown>>;

/** Conference details and the number of participants from each of the project's organisations. */
export function ConferenceForm(props: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  fields: Fields;
  choices: ConferenceChoices;
  version?: number;
  submitLabel: string;
}) {
  const { form, fields, choices } = props;
  const counts = (fields.participants.initialValue ?? {}) as Record<string, string | undefined>;
  const levels = [...new Set(choices.organisations.map((o) => o.levelName))];
  return (
    <RecordForm form={form} version={props.version} submitLabel={props.submitLabel}>
      <TextField label="Tittel" {...fieldProps(fields.title)} />
      <DateField label="Dato" {...fieldProps(fields.startDate)} />
      <DateField label="Sluttdato" description="Bare hvis konferansen gikk over flere dager." {...fieldProps(fields.endDate)} />
      <TextField label="Sted" {...fieldProps(fields.place)} />
      <SelectField label="Region" placeholder="Hele prosjektområdet" options={choices.regions.map((r) => ({ value: r, label: r }))} {...fieldProps(fields.region)} />
      <TextField label="Formål" multiline rows={3} {...fieldProps(fields.purpose)} />
      <SelectField label="Steg og tema" options={choices.stepThemes} {...fieldProps(fields.stepTheme)} />
      <Fieldset>
        <Fieldset.Legend>Deltakere per organisasjon</Fieldset.Legend>
        <Fieldset.Description>Antall deltakere fra hver organisasjon. La feltet stå tomt hvis ingen deltok.</Fieldset.Description>
        {levels.map((level) => (
          <details key={level} className="checkbox-group" open={choices.organisations.some((o) => o.levelName === level && counts[String(o.id)])}>
            <summary>{level}</summary>
            <div className="participant-grid">
              {choices.organisations
                .filter((o) => o.levelName === level)
                .map((o) => (
                  <TextField
                    key={o.id}
                    label={o.name}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    data-size="sm"
                    name={`${fields.participants.name}.${o.id}`}
                    defaultValue={counts[String(o.id)] ?? ""}
                    error={form.allErrors[`${fields.participants.name}.${o.id}`]?.[0]}
                  />
                ))}
            </div>
          </details>
        ))}
        {fields.participants.errors?.[0] ? <p className="ds-validation-message">{fields.participants.errors[0]}</p> : null}
      </Fieldset>
    </RecordForm>
  );
}
