import { Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";

type Option = { value: string; label: string };

/** A labelled select with its validation message, the Designsystemet way (Field ties them together). */
export function SelectField(props: {
  label: string;
  name: string;
  options: Option[];
  defaultValue?: string;
  error?: string;
  placeholder?: string;
}) {
  return (
    <Field>
      <Label>{props.label}</Label>
      <Select name={props.name} defaultValue={props.defaultValue ?? ""} aria-invalid={props.error ? true : undefined}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
