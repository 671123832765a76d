import { Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { describedBy, FieldBox, FieldDescription, useFieldIds } from "./fields";

type Option = { value: string; label: string; group?: string };

/** A labelled select with its validation message; options with a `group` are shown under that heading. */
export function SelectField(props: {
  id?: string;
  label: string;
  name: string;
  options: Option[];
  defaultValue?: string;
  error?: string;
  placeholder?: string;
  description?: string;
}) {
  const ids = useFieldIds(props.id);
  const groups = [...new Set(props.options.map((o) => o.group))];
  const render = (options: Option[]) =>
    options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldBox>
      <Label htmlFor={ids.inputId}>{props.label}</Label>
      {props.description ? <FieldDescription id={ids.descriptionId}>{props.description}</FieldDescription> : null}
      <Select
        id={ids.inputId}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(ids, { label: props.label, description: props.description, error: props.error })}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {groups.map((group) =>
          group === undefined ? (
            render(props.options.filter((o) => o.group === undefined))
          ) : (
            <optgroup key={group} label={group}>
              {render(props.options.filter((o) => o.group === group))}
            </optgroup>
          ),
        )}
      </Select>
      {props.error ? <ValidationMessage id={ids.errorId}>{props.error}</ValidationMessage> : null}
    </FieldBox>
  );
}
