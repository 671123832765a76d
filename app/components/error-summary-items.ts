/** One line of an error summary: a field's message links to that field; a form-level message has no link. */
export type ErrorSummaryItem = { key: string; message: string; href?: string; name?: string };

/**
 * The lines of a form's error summary from Conform's `allErrors` (name → messages; "" is the form
 * itself): form-level messages first, then each field's first message, in the order the form reported them.
 * A field's link is Conform's field id, `<formId>-<name>`, which fieldProps gives the input.
 */
export function errorSummaryItems(formId: string, allErrors: Record<string, string[] | undefined>): ErrorSummaryItem[] {
  const formLevel = (allErrors[""] ?? []).map((message, i) => ({ key: `skjema-${i}`, message }));
  const fields = Object.entries(allErrors)
    .filter(([name, messages]) => name !== "" && messages?.length)
    .map(([name, messages]) => ({ key: name, name, message: messages![0], href: `#${formId}-${name}` }));
  return [...formLevel, ...fields];
}
