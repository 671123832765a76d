// Under a measure's target field: where the target line is drawn and what does not fit, from the
// same rules the schema refuses with (checkTargetScale). Rendered on the server from the values the
// form was shown or sent with, then kept up to date in the browser as the user types.
import type { FieldMetadata } from "@conform-to/react";
import { Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { checkTargetScale } from "../domain/target-scale";
import { readDecimal } from "../utils/decimal";

type ScaleFields = Record<"kind" | "unit" | "multiplier" | "target" | "chartType", FieldMetadata<unknown>>;
type ScaleValues = Record<keyof ScaleFields, string>;

const initialValues = (fields: ScaleFields): ScaleValues => {
  const text = (field: FieldMetadata<unknown>) => (typeof field.initialValue === "string" ? field.initialValue : "");
  return { kind: text(fields.kind), unit: text(fields.unit), multiplier: text(fields.multiplier), target: text(fields.target), chartType: text(fields.chartType) };
};

/** The scale fields' values as typed now: the form's own until the user changes one, then read from the form element. */
function useTypedValues(formId: string, fields: ScaleFields): ScaleValues {
  const initial = initialValues(fields);
  // A new submission result brings new initial values; typing afterwards starts from those.
  const initialKey = JSON.stringify(initial);
  const names = JSON.stringify({ kind: fields.kind.name, unit: fields.unit.name, multiplier: fields.multiplier.name, target: fields.target.name, chartType: fields.chartType.name });
  const [typed, setTyped] = useState<{ key: string; values: ScaleValues } | null>(null);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const nameOf = JSON.parse(names) as ScaleValues;
    const read = () => {
      const data = new FormData(form);
      const value = (key: keyof ScaleValues) => String(data.get(nameOf[key]) ?? "");
      setTyped({ key: initialKey, values: { kind: value("kind"), unit: value("unit"), multiplier: value("multiplier"), target: value("target"), chartType: value("chartType") } });
    };
    const reset = () => setTyped(null);
    form.addEventListener("input", read);
    form.addEventListener("change", read);
    form.addEventListener("reset", reset);
    return () => {
      form.removeEventListener("input", read);
      form.removeEventListener("change", read);
      form.removeEventListener("reset", reset);
    };
  }, [formId, names, initialKey]);
  return typed?.key === initialKey ? typed.values : initial;
}

const numberOrNull = (text: string) => {
  const n = readDecimal(text);
  return typeof n === "number" ? n : null;
};

/** The target-scale check of what the form holds now. An empty scale is 1, as the schema reads it. */
export function useTargetScale(formId: string, fields: ScaleFields) {
  const values = useTypedValues(formId, fields);
  return checkTargetScale({
    kind: values.kind,
    unit: values.unit,
    multiplier: values.multiplier.trim() === "" ? 1 : numberOrNull(values.multiplier),
    target: numberOrNull(values.target),
    chartType: values.chartType,
  });
}

/**
 * The target line's place and the problems, below the target field (which names `id` in its
 * aria-describedby). Problems are announced politely as they appear; one that is already the
 * field's own message is not repeated.
 */
export function TargetScaleHint({ id, check, fieldError }: { id: string; check: ReturnType<typeof checkTargetScale>; fieldError?: string }) {
  const shown = check.problems.filter((p) => p.message !== fieldError);
  return (
    <div id={id} className="target-scale-hint">
      {check.targetLine ? <Paragraph data-size="sm">{`${check.targetLine}.`}</Paragraph> : null}
      <div role="status">
        {shown.map((p) => (
          <ValidationMessage key={p.message} data-size="sm" data-color={p.severity === "error" ? "danger" : "warning"}>
            {p.message}
          </ValidationMessage>
        ))}
      </div>
    </div>
  );
}
