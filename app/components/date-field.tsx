// A date typed as text (dd.mm.åååå and the variants app/utils/dates.ts reads), with a calendar
// beside it once JavaScript runs. Built like TextField: label, hint, message and input tied by ids
// in the server-rendered HTML, so the field works and is labelled without JavaScript.
import { Button, Input, Label, ValidationMessage, type InputProps } from "@digdir/designsystemet-react";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
// The calendar's stylesheet as a file URL, loaded with the calendar itself (see loadStylesheet).
import dayPickerCss from "react-day-picker/style.css";
import { DATE_FORMAT_HINT, dateInputText, readDateInput } from "../utils/dates";
import { describedBy, FieldBox, FieldDescription, useFieldIds } from "./fields";

/** Adds a stylesheet to the page once, resolving when it has loaded (or failed: the calendar still works). */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => resolve());
    document.head.append(link);
  });
}

// react-day-picker and its stylesheet load on the first click on «Velg dato», not with every page that has a date.
const DateCalendar = lazy(async () => {
  const [calendar] = await Promise.all([import("./date-calendar.client"), loadStylesheet(dayPickerCss)]);
  return calendar;
});

/** Puts text into an input as if typed, so React's onChange and Conform's validation both see it. */
function typeInto(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, text);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

const CalendarIcon = () => (
  <svg aria-hidden="true" focusable="false" width="1.25em" height="1.25em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5">
    <rect x="3.75" y="5.25" width="16.5" height="15" rx="1.5" />
    <path d="M3.75 9.75h16.5M8.25 3v4.5M15.75 3v4.5" strokeLinecap="round" />
  </svg>
);

type DateFieldProps = { label: ReactNode; description?: ReactNode; error?: ReactNode } & Omit<InputProps, "size" | "type" | "defaultValue" | "value"> & {
  defaultValue?: string;
};

/**
 * A date field: a text input that keeps what the user typed (a stored yyyy-mm-dd shows as dd.mm.åååå)
 * and a «Velg dato» button opening a calendar; picking a day writes it as dd.mm.åååå and returns focus
 * to the input. The hint under the label is the format unless a description says more.
 */
export function DateField({ label, description, error, id, defaultValue, disabled, ...rest }: DateFieldProps) {
  const ids = useFieldIds(id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setHydrated(true), []);
  const hint = description ? (
    <>
      {description} Skriv {DATE_FORMAT_HINT}.
    </>
  ) : (
    DATE_FORMAT_HINT
  );
  const typed = () => {
    const reading = readDateInput(inputRef.current?.value ?? "");
    return "iso" in reading ? reading.iso : undefined;
  };
  const pick = (text: string) => {
    setOpen(false);
    const input = inputRef.current;
    if (!input) return;
    typeInto(input, text);
    input.focus();
  };
  return (
    <FieldBox>
      <Label htmlFor={ids.inputId}>{label}</Label>
      <FieldDescription id={ids.descriptionId}>{hint}</FieldDescription>
      <div className="date-field">
        <Input
          {...rest}
          ref={inputRef}
          id={ids.inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          defaultValue={dateInputText(defaultValue)}
          aria-describedby={describedBy(ids, { label, description: hint, error })}
          aria-invalid={error ? true : undefined}
        />
        {hydrated ? (
          <Button type="button" variant="secondary" icon aria-label="Velg dato" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
            <CalendarIcon />
          </Button>
        ) : null}
      </div>
      {open ? (
        <Suspense fallback={null}>
          <DateCalendar label={label} selected={typed()} onPick={pick} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
      {error ? <ValidationMessage id={ids.errorId}>{error}</ValidationMessage> : null}
    </FieldBox>
  );
}
