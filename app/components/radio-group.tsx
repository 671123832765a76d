import { Fieldset, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { RadioField } from "./fields";

type Option = { value: string; label: ReactNode };

/** One choice under a legend, with its message; works without JavaScript. */
export function RadioGroup(props: { legend: ReactNode; description?: ReactNode; name: string; options: Option[]; defaultValue?: string; error?: string }) {
  return (
    <Fieldset>
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      {props.description ? <Fieldset.Description>{props.description}</Fieldset.Description> : null}
      {props.options.map((o) => (
        <RadioField key={o.value} label={o.label} name={props.name} value={o.value} defaultChecked={props.defaultValue === o.value} aria-invalid={props.error ? true : undefined} />
      ))}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
