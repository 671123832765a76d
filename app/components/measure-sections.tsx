import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { ChartEventSchema, PasteSchema, pointSchema, QualitativeSchema } from "../forms/measure";
import { byCount, countOf, formatDate, formatNumber } from "../utils/format";
import { CsrfInput } from "./csrf-input";
import { DataTable } from "./data-table";
import { CheckboxField, TextField } from "./fields";
import { DateField } from "./date-field";
import { FormErrors } from "./form-errors";
import { FormErrorSummary } from "./error-summary";
import { fieldProps, useServerValidatedForm } from "./form-fields";
import { IntentButton } from "./record-form";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";

type Result = SubmissionResult<string[]> | null | undefined;
type Option = { value: string; label: string };

export type PreviewPoint = { row: number; date: string; value: number | null; numerator: number | null; denominator: number | null; note: string };

/** One point typed in by hand, or an existing point corrected. */
export function PointForm(props: {
  kind: string;
  lastResult: Result;
  point?: { id: number; version: number; date: string; value: number | null; numerator: number | null; denominator: number | null; note: string; excluded: boolean };
}) {
  const p = props.point;
  const [form, fields] = useServerValidatedForm<z.input<ReturnType<typeof pointSchema>>>(
    props.lastResult,
    p
      ? { date: p.date, value: p.value?.toString() ?? "", numerator: p.numerator?.toString() ?? "", denominator: p.denominator?.toString() ?? "", note: p.note, excluded: p.excluded ? "on" : "" }
      : undefined,
  );
  const withDenominator = props.kind === "andel" || props.kind === "rate";
  const f = fields as Record<string, Parameters<typeof fieldProps>[0]>;
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value={p ? "endre-punkt" : "punkt"} />
      {p ? <input type="hidden" name="pointId" value={p.id} /> : null}
      {p ? <input type="hidden" name="version" value={p.version} /> : null}
      <FormErrorSummary form={form} />
      <DateField label="Dato" {...fieldProps(f.date)} />
      {withDenominator ? (
        <>
          <TextField label="Teller" inputMode="decimal" {...fieldProps(f.numerator)} />
          <TextField label="Nevner" inputMode="decimal" {...fieldProps(f.denominator)} />
        </>
      ) : (
        <TextField label="Verdi" inputMode="decimal" {...fieldProps(f.value)} />
      )}
      <TextField label="Merknad" description="Mangler perioden verdi, la tallet stå tomt og skriv hvorfor her." {...fieldProps(f.note)} />
      {p ? <CheckboxField label="Holdes utenfor beregningene (vises fortsatt)" name="excluded" value="on" defaultChecked={p.excluded} /> : null}
      <div>
        <SubmitButton variant="secondary">
          {p ? "Lagre punktet" : "Legg til punktet"}
        </SubmitButton>
      </div>
    </Form>
  );
}

/** Paste a block from Excel, or upload CSV/XLSX; both lead to a preview first. */
export function ImportForms({ pasteResult, withDenominator }: { pasteResult: Result; withDenominator: boolean }) {
  const [form, fields] = useServerValidatedForm<z.input<typeof PasteSchema>>(pasteResult);
  const columns = withDenominator ? "dato, teller og nevner" : "dato og verdi";
  return (
    <div className="stack">
      <Paragraph>
        Kolonnene er {columns} (og eventuelt merknad), med eller uten overskrifter. Datoer som dd.mm.åååå eller åååå-mm-dd; desimalkomma
        eller -punktum. Du ser en forhåndsvisning før noe lagres, og enten lagres alle radene eller ingen.
      </Paragraph>
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="lim-inn" />
        <TextField label="Lim inn fra regneark" multiline rows={5} {...fieldProps(fields.text)} />
        <div>
          <SubmitButton pendingLabel="Leser inn …" variant="secondary">
            Forhåndsvis innliming
          </SubmitButton>
        </div>
      </Form>
      <Form method="post" encType="multipart/form-data" className="form">
        <CsrfInput />
        <input type="hidden" name="intent" value="fil" />
        <div>
          <label htmlFor="datafil" className="ds-label">
            Fil (CSV eller XLSX, høyst 5 MB)
          </label>
          <br />
          <input id="datafil" name="fil" type="file" aria-describedby="datafil-grenser" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          {/* The limits of app/utils/table-files.server.ts (MAX_UPLOAD_BYTES, MAX_ROWS_PER_FILE) and MAX_POINTS_PER_MEASURE. */}
          <Paragraph data-size="sm" id="datafil-grenser">
            Høyst 5 MB og 200 000 rader per fil, og høyst 500 000 punkter i en måling.
          </Paragraph>
        </div>
        <div>
          <SubmitButton pendingLabel="Leser inn …" variant="secondary">
            Forhåndsvis filen
          </SubmitButton>
        </div>
      </Form>
    </div>
  );
}

/**
 * What a paste or a file would add, kept on the server: how many rows, every bad row with its reason
 * (a page at a time), or a page of the points and a button that saves them all (sending only the
 * reading's id).
 */
export function ImportPreview(props: {
  importId: number;
  pointCount: number;
  errorCount: number;
  points: PreviewPoint[];
  errors: { row: number; message: string }[];
  withDenominator: boolean;
  /** Which rows this page shows, e.g. "Viser rad 1–50 av 120." */
  range: string;
  pages: ReactNode;
}) {
  return (
    <section aria-labelledby="forhandsvisning" className="stack">
      <Heading level={3} data-size="xs" id="forhandsvisning">
        Forhåndsvisning
      </Heading>
      {props.errorCount ? (
        <>
          <FormErrors errors={[`${props.errorCount} ${props.errorCount === 1 ? "rad kan" : "rader kan"} ikke leses inn. Ingenting er lagret. Rett feilene og prøv igjen.`]} />
          <Paragraph data-size="sm">{props.range}</Paragraph>
          <DataTable caption="Rader med feil" headers={["Rad", "Feil"]} rows={props.errors.map((e, i) => ({ key: `${e.row}-${i}`, cells: [e.row, e.message] }))} />
          {props.pages}
        </>
      ) : (
        <>
          <Paragraph>{countOf(props.pointCount, "punkt", "punkter")} {byCount(props.pointCount, "er klart", "er klare")} til å lagres.</Paragraph>
          <Paragraph data-size="sm">{props.range}</Paragraph>
          <DataTable
            caption="Punkter som lagres"
            headers={props.withDenominator ? ["Rad", "Dato", "Teller", "Nevner", "Merknad"] : ["Rad", "Dato", "Verdi", "Merknad"]}
            rows={props.points.map((p) => ({
              key: p.row,
              cells: props.withDenominator
                ? [p.row, formatDate(p.date), formatNumber(p.numerator), formatNumber(p.denominator), p.note]
                : [p.row, formatDate(p.date), formatNumber(p.value), p.note],
            }))}
          />
          {props.pages}
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="lagre-import" />
            <input type="hidden" name="innlesing" value={props.importId} />
            <SubmitButton>{byCount(props.pointCount, "Lagre punktet", `Lagre alle ${formatNumber(props.pointCount)} punktene`)}</SubmitButton>
          </Form>
        </>
      )}
    </section>
  );
}

/** A new phase or a frozen baseline (each with its reason), or a note shown on the chart. */
export function ChartEventForm({ lastResult }: { lastResult: Result }) {
  const [form, fields] = useServerValidatedForm<z.input<typeof ChartEventSchema>>(lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="hendelse" />
      <FormErrorSummary form={form} />
      <SelectField
        label="Marker"
        placeholder="Velg"
        options={[
          { value: "ny_fase", label: "Ny fase fra denne datoen" },
          { value: "frys", label: "Frys basislinjen til og med denne datoen" },
          { value: "merknad", label: "Merknad på diagrammet" },
        ]}
        {...fieldProps(fields.kind)}
      />
      <DateField label="Dato" {...fieldProps(fields.date)} />
      <TextField label="Begrunnelse eller merknad" description="Vises på diagrammet." {...fieldProps(fields.text)} />
      <div>
        <SubmitButton variant="secondary">
          Legg til markering
        </SubmitButton>
      </div>
    </Form>
  );
}

export function QualitativeForm({ lastResult, methods }: { lastResult: Result; methods: Option[] }) {
  const [form, fields] = useServerValidatedForm<z.input<typeof QualitativeSchema>>(lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="kvalitativ" />
      <FormErrorSummary form={form} />
      <DateField label="Dato" {...fieldProps(fields.date)} />
      <SelectField label="Metode" placeholder="Velg metode" options={methods} {...fieldProps(fields.method)} />
      <TextField label="Oppsummering" multiline rows={3} {...fieldProps(fields.summary)} />
      <TextField label="Lenke til dokument" {...fieldProps(fields.documentRef)} />
      <div>
        <SubmitButton variant="secondary">
          Registrer evaluering
        </SubmitButton>
      </div>
    </Form>
  );
}

export function DeletePointButton({ pointId, date }: { pointId: number; date: string }) {
  return (
    <IntentButton intent="slett-punkt" fields={{ pointId }} confirmMessage={`Slette målepunktet ${formatDate(date)}?`} variant="tertiary" data-color="danger" data-size="sm" aria-label={`Slett punktet ${formatDate(date)}`}>
      Slett
    </IntentButton>
  );
}
