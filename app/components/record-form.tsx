import { getFormProps, type FormMetadata } from "@conform-to/react";
import type { Button } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { ComponentProps, ReactNode } from "react";
import { CsrfInput } from "./csrf-input";
import { FormErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";

/**
 * The frame of a form that saves a record: CSRF token, intent "lagre", the version the user read
 * (so a concurrent edit is detected), form-level messages, the fields, and the submit button.
 */
export function RecordForm(props: {
  // Only the form's props and errors are used here, whatever its schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  version?: number;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="form" {...getFormProps(props.form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="lagre" />
      {props.version ? <input type="hidden" name="version" value={props.version} key={props.version} /> : null}
      <FormErrorSummary form={props.form} />
      {props.children}
      <div>
        <SubmitButton>{props.submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}

/** A one-button form that posts an intent (delete, remove) with the ids it needs. */
export function IntentButton(props: {
  intent: string;
  fields?: Record<string, string | number>;
  children: ReactNode;
  className?: string;
  /** Asked in a dialog before posting, when JavaScript runs; without it the form posts directly. */
  confirmMessage?: string;
  /** The dialog's button that goes ahead (default: the button's own text). */
  confirmLabel?: string;
  pendingLabel?: string;
} & Omit<ComponentProps<typeof Button>, "type" | "children">) {
  const { intent, fields, children, className, pendingLabel = "Et øyeblikk …", ...button } = props;
  return (
    <Form method="post" className={className}>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel} {...button}>
        {children}
      </SubmitButton>
    </Form>
  );
}
