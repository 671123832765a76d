import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import type { MeasureChoices } from "../forms/measure";
import { CheckboxGroup } from "./checkbox-group";
import { CheckboxField, TextField } from "./fields";
import { DateField } from "./date-field";
import { checkedValues, fieldProps } from "./form-fields";
import { RecordForm } from "./record-form";
import { SelectField } from "./select-field";
import { TargetScaleHint, useTargetScale } from "./target-scale-hint";

type Fields = Record<
  | "name" | "kind" | "definition" | "numeratorText" | "denominatorText" | "unit" | "direction" | "target" | "targetDate"
  | "dataSource" | "frequency" | "ownerAfterProject" | "continuesAfterProject" | "continuesSince" | "chartType" | "multiplier" | "goalIds" | "tiltakIds",
  FieldMetadata<unknown>
>;

/** Definition of a measure: what is counted, how, by whom, and what counts as better. */
export function MeasureForm(props: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  fields: Fields;
  choices: MeasureChoices;
  version?: number;
  submitLabel: string;
}) {
  const { form, fields, choices } = props;
  const targetScale = useTargetScale(form.id, fields);
  const targetHintId = `${fields.target.id}-skala`;
  return (
    <RecordForm form={form} version={props.version} submitLabel={props.submitLabel}>
      <TextField label="Navn" {...fieldProps(fields.name)} />
      <SelectField label="Type måling" placeholder="Velg type" options={choices.kinds} {...fieldProps(fields.kind)} />
      <TextField label="Operasjonell definisjon" description="Nøyaktig hva som telles eller måles, og hvordan." multiline rows={3} {...fieldProps(fields.definition)} />
      <TextField label="Teller" description="For andeler og rater: hva som telles." {...fieldProps(fields.numeratorText)} />
      <TextField label="Nevner" description="For andeler og rater: hva det telles av (eller eksponeringen)." {...fieldProps(fields.denominatorText)} />
      <TextField label="Enhet" description="For eksempel %, per 1000 liggedøgn, dager." {...fieldProps(fields.unit)} />
      <TextField label="Skala" description="Gang andelen eller raten med dette, for eksempel 100 for prosent." inputMode="decimal" {...fieldProps(fields.multiplier)} />
      <SelectField label="Hva er en forbedring?" placeholder="Velg" options={choices.directions} {...fieldProps(fields.direction)} />
      <SelectField label="Diagramtype" options={choices.chartTypes} {...fieldProps(fields.chartType)} />
      <TextField label="Mål" description="Valgfritt tall målingen skal nå, i samme skala som diagrammet." inputMode="decimal" alsoDescribedBy={targetHintId} {...fieldProps(fields.target)} />
      <TargetScaleHint id={targetHintId} check={targetScale} fieldError={fields.target.errors?.[0]} />
      <DateField label="Måldato" {...fieldProps(fields.targetDate)} />
      <TextField label="Datakilde" {...fieldProps(fields.dataSource)} />
      <TextField label="Hyppighet" description="For eksempel månedlig." {...fieldProps(fields.frequency)} />
      <TextField label="Eier etter prosjektet" description="Hvem i driften som fortsetter å måle." {...fieldProps(fields.ownerAfterProject)} />
      <CheckboxField label="Målingen fortsetter etter prosjektet" name={fields.continuesAfterProject.name} value="on" defaultChecked={fields.continuesAfterProject.initialValue === "on"} />
      <DateField label="Besluttet videreført" description="Dagen det ble bestemt at målingen fortsetter i driften. Tom betyr i dag." {...fieldProps(fields.continuesSince)} />
      <CheckboxGroup legend="Mål målingen følger" name={fields.goalIds.name} options={choices.goals} defaultValue={checkedValues(fields.goalIds)} error={fields.goalIds.errors?.[0]} />
      <CheckboxGroup legend="Tiltak målingen følger" name={fields.tiltakIds.name} options={choices.tiltak} defaultValue={checkedValues(fields.tiltakIds)} error={fields.tiltakIds.errors?.[0]} />
    </RecordForm>
  );
}
