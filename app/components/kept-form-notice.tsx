import { Alert, Button, Details, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { isFormBookkeeping, matchKeptForm, type FormShape, type KeptField } from "../utils/kept-form-match";
import { CSRF_FIELD } from "../utils/form-token";

type KeptForm = { id: number; reason: "utlopt" | "ny-innlogging"; fields: KeptField[] };

const reasonText: Record<KeptForm["reason"], string> = {
  utlopt: "Økten din gikk ut før skjemaet ble lagret.",
  "ny-innlogging": "Du logget inn på nytt i en annen fane etter at denne siden ble åpnet, så skjemaet ble ikke lagret.",
};

function shapeOf(form: HTMLFormElement): FormShape {
  const elements = [...form.elements] as (HTMLInputElement | HTMLButtonElement)[];
  return {
    hidden: elements.filter((el) => el instanceof HTMLInputElement && el.type === "hidden" && el.name).map((el) => [el.name, el.value]),
    intentButtons: elements.filter((el) => el.type === "submit" && el.name === "intent").map((el) => el.value),
    names: elements.map((el) => el.name).filter(Boolean),
  };
}

/** Puts the kept values back: text and choices as typed; the version read then, so a change since is still caught. */
function fill(form: HTMLFormElement, kept: KeptField[]) {
  const remaining = new Map<string, string[]>();
  for (const [name, value] of kept) remaining.set(name, [...(remaining.get(name) ?? []), value]);
  const all = new Map(remaining);
  for (const element of [...form.elements] as (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[]) {
    const name = element.name;
    if (!name || name === CSRF_FIELD || name === "intent" || element.type === "file" || element.type === "submit") continue;
    if (element.type === "hidden" && name !== "version") continue;
    const values = all.get(name) ?? [];
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      element.checked = values.includes(element.value);
    } else if (element instanceof HTMLSelectElement && element.multiple) {
      for (const option of element.options) option.selected = values.includes(option.value);
    } else {
      const queue = remaining.get(name);
      if (!queue?.length) continue;
      element.value = queue.shift()!;
    }
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

function submitterFor(form: HTMLFormElement, kept: KeptField[]): HTMLButtonElement | undefined {
  const intent = kept.find(([name]) => name === "intent")?.[1];
  const buttons = [...form.querySelectorAll<HTMLButtonElement>("button[type=submit], button:not([type])")];
  return buttons.find((b) => b.name === "intent" && b.value === intent) ?? buttons[0];
}

/**
 * A form kept on the server (app/services/kept-forms.server.ts) given back on its page: filled in
 * again, with "Lagre nå?". Without JavaScript, or when the form is no longer on the page, what was
 * typed is listed so it can be copied.
 */
export function KeptFormNotice({ kept }: { kept: KeptForm | null }) {
  const [form, setForm] = useState<HTMLFormElement | null | undefined>(undefined);
  const [closedId, setClosedId] = useState<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const keptId = kept?.id;
  useEffect(() => {
    if (!kept) return;
    const forms = [...document.querySelectorAll<HTMLFormElement>("main form")].filter((f) => f.method.toLowerCase() === "post");
    const index = matchKeptForm(forms.map(shapeOf), kept.fields);
    const found = index >= 0 ? forms[index] : null;
    if (found) fill(found, kept.fields);
    setForm(found);
    ref.current?.focus();
    // Once per kept form: it is given only once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keptId]);
  if (!kept || closedId === kept.id) return null;
  const typed = kept.fields.filter(([name, value]) => !isFormBookkeeping(name) && value.trim() !== "");
  return (
    <Alert ref={ref} tabIndex={-1} data-color="warning" role="status" className="kept-form-notice">
      <Paragraph>
        {reasonText[kept.reason]}{" "}
        {form ? "Det du skrev, er fylt inn igjen i skjemaet på siden. Lagre nå?" : "Det du skrev, er tatt vare på nedenfor."}
      </Paragraph>
      {form ? (
        <div className="button-row">
          <Button
            type="button"
            onClick={() => {
              setClosedId(kept.id);
              form.requestSubmit(submitterFor(form, kept.fields));
            }}
          >
            Lagre nå
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              form.reset();
              setClosedId(kept.id);
            }}
          >
            Forkast
          </Button>
        </div>
      ) : null}
      {typed.length > 0 ? (
        <Details>
          <Details.Summary>Vis det du skrev</Details.Summary>
          <Details.Content>
            <ul>
              {typed.map(([name, value], i) => (
                <li key={`${name}-${i}`} className="kept-value">
                  {value}
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      ) : null}
    </Alert>
  );
}
