import type { FormMetadata } from "@conform-to/react";
import { ErrorSummary } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { errorSummaryItems, type ErrorSummaryItem } from "./error-summary-items";

/**
 * Designsystemet's error summary at the top of a form: every message after a failed submit, each field's
 * linked to the field. Focus moves here after each submit that ends in errors (checked in the browser or
 * by the action), not while the user corrects the fields.
 */
export function FormErrorSummary(props: {
  // Only the form's id and messages are used, whatever its schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
}) {
  const formId = props.form.id;
  const items = errorSummaryItems(formId, props.form.allErrors);
  const summary = useRef<HTMLDivElement>(null);
  const submitted = useRef(false);
  const headingId = `${useId().replace(/:/g, "")}-feil`;

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    // Conform checks a field as it is corrected by submitting the form with its own intent button; that is no submit by the user.
    const onSubmit = (event: SubmitEvent) => (submitted.current = (event.submitter as HTMLButtonElement | null)?.name !== "__intent__");
    const onInput = () => (submitted.current = false);
    form.addEventListener("submit", onSubmit);
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("input", onInput);
    };
  }, [formId]);

  const hasItems = items.length > 0;
  useEffect(() => {
    if (!hasItems || !submitted.current) return;
    submitted.current = false;
    // After Conform has focused the first field with a message.
    const timer = setTimeout(() => summary.current?.focus());
    return () => clearTimeout(timer);
  });

  if (!hasItems) return null;
  return (
    // A plain element with Designsystemet's class: the ds-error-summary web component focuses itself
    // whenever it is shown again, which would pull focus away from the field being corrected.
    <ErrorSummary asChild>
      <div ref={summary} tabIndex={-1} role="group" aria-labelledby={headingId} className="error-summary">
      <ErrorSummary.Heading level={2} data-size="xs" id={headingId}>
        Dette må rettes før du kan gå videre:
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.key}>{item.href ? <FieldLink formId={formId} item={item} /> : item.message}</ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
      </div>
    </ErrorSummary>
  );
}

/** A link to the field; in the browser it also finds a group of choices (no element has the field's id) by name. */
function FieldLink({ formId, item }: { formId: string; item: ErrorSummaryItem }) {
  const focusField = (event: MouseEvent<HTMLAnchorElement>) => {
    const byId = document.getElementById(`${formId}-${item.name}`);
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const named = form?.elements.namedItem(item.name ?? "");
    const target = byId ?? (named instanceof RadioNodeList ? (named[0] as HTMLElement | undefined) : (named as HTMLElement | null));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus();
  };
  return (
    <ErrorSummary.Link href={item.href} onClick={focusField}>
      {item.message}
    </ErrorSummary.Link>
  );
}
