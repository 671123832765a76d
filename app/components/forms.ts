import { useForm, type DefaultValue, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { z } from "zod";

/**
 * Conform with our defaults: the same zod schema in the browser and in the action. Fields are first
 * checked on submit (a message appearing on blur moves the button away from the pointer), then
 * again as the user corrects them.
 */
export function useZodForm<Schema extends z.ZodTypeAny>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: DefaultValue<z.input<Schema>>,
) {
  return useForm<z.input<Schema>>({
    lastResult: lastResult ?? undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    defaultValue,
  });
}

/** The values a checkbox group had when the form was shown or last submitted. */
export function checkedValues(field: FieldMetadata<unknown>): string[] {
  const value = field.initialValue;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

/** Name, typed-in value and first message of a field, for a Designsystemet field component. */
export function fieldProps(field: FieldMetadata<unknown>) {
  return {
    name: field.name,
    defaultValue: typeof field.initialValue === "string" ? field.initialValue : undefined,
    error: field.errors?.[0],
  };
}
