// Form fields built from Designsystemet's parts, with label, description and message tied to the
// input by explicit ids in the server-rendered HTML. Designsystemet's own composed fields connect
// them only in the browser, which leaves fields unlabelled without JavaScript and before hydration.
import { Input, Label, Textarea, ValidationMessage, type InputProps } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";
// Designsystemet's field element (textarea sizing, whole-row click on choices), registered alone:
// the React package's <Field> imports every web component, about 25 KB of gzipped JavaScript.
import "@digdir/designsystemet-web/ds-field";
import "@digdir/designsystemet-web/clickdelegatefor";

/** The markup of Designsystemet's <Field>, with our own ids. */
export function FieldBox({ className, children, size }: { className?: string; children: ReactNode; size?: "sm" }) {
  return (
    <ds-field class={className ? `ds-field ${className}` : "ds-field"} data-size={size} suppressHydrationWarning>
      {children}
    </ds-field>
  );
}

export const FieldDescription = ({ id, children }: { id: string; children: ReactNode }) => (
  <div data-field="description" id={id}>
    {children}
  </div>
);

type Described = { label: ReactNode; description?: ReactNode; error?: ReactNode };

function useFieldIds(id?: string) {
  const generated = useId();
  const inputId = id ?? `felt-${generated.replace(/:/g, "")}`;
  return { inputId, descriptionId: `${inputId}-beskrivelse`, errorId: `${inputId}-feil` };
}

function describedBy(ids: ReturnType<typeof useFieldIds>, props: Described) {
  return [props.description ? ids.descriptionId : null, props.error ? ids.errorId : null].filter(Boolean).join(" ") || undefined;
}

type TextFieldProps = Described &
  Omit<InputProps, "size"> & {
    multiline?: boolean;
    rows?: number;
    /** Ids of elements outside the field that also describe it (a live hint below it). */
    alsoDescribedBy?: string;
  };

export function TextField({ label, description, error, multiline, rows, id, alsoDescribedBy, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id);
  const described = [describedBy(ids, { label, description, error }), alsoDescribedBy].filter(Boolean).join(" ") || undefined;
  const common = { id: ids.inputId, "aria-describedby": described, "aria-invalid": error ? true : undefined };
  return (
    <FieldBox>
      <Label htmlFor={ids.inputId}>{label}</Label>
      {description ? <FieldDescription id={ids.descriptionId}>{description}</FieldDescription> : null}
      {multiline ? (
        <Textarea {...common} rows={rows} name={rest.name} defaultValue={rest.defaultValue as string | undefined} />
      ) : (
        <Input {...common} {...rest} />
      )}
      {error ? <ValidationMessage id={ids.errorId}>{error}</ValidationMessage> : null}
    </FieldBox>
  );
}

type ChoiceProps = { label: ReactNode } & Omit<InputProps, "type">;

export const CheckboxField = (props: ChoiceProps) => <ChoiceField type="checkbox" {...props} />;
export const RadioField = (props: ChoiceProps) => <ChoiceField type="radio" {...props} />;

function ChoiceField({ label, id, type, ...rest }: ChoiceProps & { type: "checkbox" | "radio" }) {
  const { inputId } = useFieldIds(id);
  return (
    <FieldBox size="sm" className="checkbox-field">
      <Input type={type} id={inputId} {...rest} />
      <Label htmlFor={inputId} data-weight="regular">
        {label}
      </Label>
    </FieldBox>
  );
}

export { useFieldIds, describedBy };
