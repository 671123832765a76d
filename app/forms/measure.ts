import { z } from "zod";
import { CHART_TYPES, MEASURE_DIRECTIONS, MEASURE_KINDS, QUALITATIVE_METHODS } from "../../db/enums";
import { readDecimal, TOO_LARGE } from "../utils/decimal";
import { chartTypesFor, hasDenominator } from "../domain/measure-series";
import { checkTargetScale } from "../domain/target-scale";
import type { Choice } from "./activity";
import { idList, isoDate, optionalIsoDate, optionalPastIsoDate, optionalText, optionalUrl, requiredText, versionField } from "../utils/schemas";

export type MeasureChoices = { goals: Choice[]; tiltak: Choice[]; kinds: Choice[]; directions: Choice[]; chartTypes: Choice[]; methods: Choice[] };

/** A number typed as Norwegians write it (readDecimal): "12,5", "1 234", "−3". */
const decimal = (field: string, required: boolean) =>
  z
    .union([z.string(), z.number()], { errorMap: () => ({ message: `${field} må være et tall` }) })
    .optional()
    .transform((v, ctx) => {
      const n = readDecimal(v);
      if (n === null) {
        if (required) ctx.addIssue({ code: "custom", message: `${field} må fylles ut` });
        return required ? z.NEVER : null;
      }
      if (typeof n === "number") return n;
      ctx.addIssue({ code: "custom", message: n.error === "too_large" ? TOO_LARGE : `${field} må være et tall` });
      return z.NEVER;
    });

const optionalNumber = (field: string) => decimal(field, false);

export function measureSchema(choices: Pick<MeasureChoices, "goals" | "tiltak">) {
  return z
    .object({
      name: requiredText("Navn", 200),
      kind: z.enum(MEASURE_KINDS, { errorMap: () => ({ message: "Velg type måling" }) }),
      definition: optionalText("Operasjonell definisjon", 4000),
      numeratorText: optionalText("Teller", 500),
      denominatorText: optionalText("Nevner", 500),
      unit: optionalText("Enhet", 50),
      direction: z.enum(MEASURE_DIRECTIONS, { errorMap: () => ({ message: "Velg hva som er en forbedring" }) }),
      target: optionalNumber("Mål"),
      targetDate: optionalIsoDate("Måldato"),
      dataSource: optionalText("Datakilde", 500),
      frequency: optionalText("Hyppighet", 100),
      ownerAfterProject: optionalText("Eier etter prosjektet", 200),
      continuesAfterProject: z.boolean().optional().default(false),
      continuesSince: optionalPastIsoDate("Besluttet videreført"),
      chartType: z.enum(CHART_TYPES, { errorMap: () => ({ message: "Velg diagramtype" }) }),
      multiplier: optionalNumber("Skala").transform((v) => v ?? 1),
      goalIds: idList(() => choices.goals.map((g) => Number(g.value)), "Velg blant prosjektets mål"),
      tiltakIds: idList(() => choices.tiltak.map((t) => Number(t.value)), "Velg blant prosjektets tiltak"),
      version: versionField.optional(),
    })
    .superRefine((v, ctx) => {
      if (v.kind !== "kvalitativ" && !chartTypesFor(v.kind).includes(v.chartType)) {
        ctx.addIssue({ code: "custom", path: ["chartType"], message: "Diagramtypen passer ikke til denne typen måling" });
      }
      if (hasDenominator(v.kind) && !v.denominatorText) ctx.addIssue({ code: "custom", path: ["denominatorText"], message: "Beskriv nevneren" });
      if (v.multiplier <= 0) ctx.addIssue({ code: "custom", path: ["multiplier"], message: "Skala må være større enn 0" });
      // A target that can never be reached in the measure's scale is refused; a warning is only shown.
      for (const problem of checkTargetScale(v).problems) {
        if (problem.severity === "error") ctx.addIssue({ code: "custom", path: ["target"], message: problem.message });
      }
    });
}

export function toMeasureValues({ version: _v, ...values }: z.output<ReturnType<typeof measureSchema>>) {
  return values;
}

const MISSING_REASON = "eller skriv i merknaden hvorfor perioden mangler verdi";

/**
 * One data point. A period with no value is a point too: left empty (value, or both numerator and
 * denominator) it is stored as missing, which the charts carry through as the references do, but
 * only with a note saying why, so that an empty field is never saved by mistake.
 */
export function pointSchema(kind: string) {
  const proportion = kind === "andel";
  const base = z.object({
    intent: z.enum(["punkt", "endre-punkt"]),
    pointId: z.coerce.number().int().positive().optional(),
    version: versionField.optional(),
    date: isoDate("Dato"),
    note: optionalText("Merknad", 500),
    excluded: z.boolean().optional().default(false),
  });
  if (hasDenominator(kind as never)) {
    return base
      .extend({ numerator: optionalNumber("Teller"), denominator: optionalNumber("Nevner") })
      .superRefine((v, ctx) => {
        const issue = (path: "numerator" | "denominator", message: string) => ctx.addIssue({ code: "custom", path: [path], message });
        if (v.numerator == null && v.denominator == null) {
          if (!v.note) {
            issue("numerator", `Teller må fylles ut, ${MISSING_REASON}`);
            issue("denominator", `Nevner må fylles ut, ${MISSING_REASON}`);
          }
          return;
        }
        if (v.numerator == null) issue("numerator", "Teller må fylles ut når nevneren er fylt ut");
        if (v.denominator == null) issue("denominator", "Nevner må fylles ut når telleren er fylt ut");
        if (v.numerator != null && v.numerator < 0) issue("numerator", "Telleren kan ikke være negativ");
        if (v.denominator != null && v.denominator <= 0) issue("denominator", "Nevneren må være større enn 0");
        if (proportion && v.numerator != null && v.denominator != null && v.numerator > v.denominator) issue("numerator", "Telleren kan ikke være større enn nevneren");
      })
      .transform((v) => ({ ...v, value: null }));
  }
  return base
    .extend({ value: optionalNumber("Verdi") })
    .superRefine((v, ctx) => {
      if (v.value == null && !v.note) ctx.addIssue({ code: "custom", path: ["value"], message: `Verdi må fylles ut, ${MISSING_REASON}` });
    })
    .transform((v) => ({ ...v, numerator: null, denominator: null }));
}

export const ChartEventSchema = z.object({
  intent: z.literal("hendelse"),
  kind: z.enum(["ny_fase", "frys", "merknad"], { errorMap: () => ({ message: "Velg hva som skal markeres" }) }),
  date: isoDate("Dato"),
  text: requiredText("Begrunnelse eller merknad", 500),
});

export const QualitativeSchema = z.object({
  intent: z.literal("kvalitativ"),
  date: isoDate("Dato"),
  method: z.enum(QUALITATIVE_METHODS, { errorMap: () => ({ message: "Velg metode" }) }),
  summary: requiredText("Oppsummering", 4000),
  documentRef: optionalUrl("Lenke til dokument"),
});

export const PasteSchema = z.object({
  intent: z.literal("lim-inn"),
  text: requiredText("Data", 200_000),
});
