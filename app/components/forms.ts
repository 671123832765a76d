import { useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useMemo } from "react";
import type { z } from "zod";
import { CHECK_TIMING } from "./form-fields";

/** Conform with our defaults: the same zod schema in the browser and in the action (CHECK_TIMING). */
export function useZodForm<Schema extends z.ZodTypeAny>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: DefaultValue<z.input<Schema>>,
) {
  return useForm<z.input<Schema>>({
    lastResult: lastResult ?? undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...CHECK_TIMING,
    defaultValue,
  });
}

/** useZodForm for a schema built from the project's choices (ids, content lists); rebuilt only when they change. */
export function useChoicesForm<Choices, Schema extends z.ZodTypeAny>(
  schemaFor: (choices: Choices) => Schema,
  choices: Choices,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: DefaultValue<z.input<Schema>>,
) {
  const schema = useMemo(() => schemaFor(choices), [schemaFor, choices]);
  return useZodForm(schema, lastResult, defaultValue);
}
