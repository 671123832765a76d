// Conform helpers that need no zod in the browser: field props for our field components, and forms
// checked by the action only.
import { useForm, type DefaultValue, type FieldMetadata, type SubmissionResult } from "@conform-to/react";

/**
 * When Conform checks fields: first on submit (a message appearing on blur moves the button away
 * from the pointer), then again as the user corrects them.
 */
export const CHECK_TIMING = { shouldValidate: "onSubmit", shouldRevalidate: "onInput" } as const;

/**
 * A form checked by the action only. For pages whose JavaScript budget has no room for zod in the
 * browser (the chart page): the same schema and messages, one round trip later; Conform still moves
 * focus to the first field with a message.
 */
export function useServerValidatedForm<Shape extends Record<string, unknown>>(
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: DefaultValue<Shape>,
) {
  return useForm<Shape>({ lastResult: lastResult ?? undefined, ...CHECK_TIMING, defaultValue });
}

/** The values a checkbox group had when the form was shown or last submitted. */
export function checkedValues(field: FieldMetadata<unknown>): string[] {
  const value = field.initialValue;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

/** Id (the error summary links to it), name, typed-in value and first message of a field, for a Designsystemet field component. */
export function fieldProps(field: FieldMetadata<unknown>) {
  return {
    id: field.id,
    name: field.name,
    defaultValue: typeof field.initialValue === "string" ? field.initialValue : undefined,
    error: field.errors?.[0],
  };
}
