import { Fieldset, ValidationMessage } from "@digdir/designsystemet-react";
import { CheckboxField } from "./fields";

type Option = { value: string; label: string; group?: string };

/** Several choices under one legend; with `group` on the options, each group gets its own heading. */
export function CheckboxGroup(props: {
  legend: string;
  description?: string;
  name: string;
  options: Option[];
  defaultValue?: string[] | string;
  error?: string;
}) {
  const selected = new Set(Array.isArray(props.defaultValue) ? props.defaultValue : props.defaultValue ? [props.defaultValue] : []);
  const groups = [...new Set(props.options.map((o) => o.group))];
  const boxes = (options: Option[]) =>
    options.map((o) => (
      <CheckboxField key={o.value} label={o.label} name={props.name} value={o.value} defaultChecked={selected.has(o.value)} />
    ));
  return (
    <Fieldset>
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      {props.description ? <Fieldset.Description>{props.description}</Fieldset.Description> : null}
      {groups.map((group) =>
        group === undefined ? (
          <div key="_">{boxes(props.options.filter((o) => o.group === undefined))}</div>
        ) : (
          <details key={group} className="checkbox-group" open={props.options.some((o) => o.group === group && selected.has(o.value))}>
            <summary>{group}</summary>
            {boxes(props.options.filter((o) => o.group === group))}
          </details>
        ),
      )}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
