import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ORGANISATION_LEVELS } from "../../db/enums";
import { CsrfInput } from "../components/csrf-input";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { CHECK_TIMING, fieldProps } from "../components/form-fields";
import { IntentButton } from "../components/record-form";
import { SelectField } from "../components/select-field";
import { NewOrganisationSchema, PickOrganisationSchema, RegionSchema } from "../forms/project-setup";
import { isProjectOrganisation, removeProjectOrganisation, setProjectOrganisationRegion } from "../models/organisation.server";
import { addNewOrganisation, addPickedOrganisation, projectOrganisationsPage } from "../services/project-organisations.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { getContent } from "../utils/content.server";
import { hasRole, PROJECT_MANAGERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Organisasjoner", matches) }];

/** What refers to an organisation, as "1 aktivitet" or "3 aktiviteter". */
const REFERENCE_NAMES: Record<string, [string, string]> = {
  aktiviteter: ["aktivitet", "aktiviteter"],
  dialogkonferanser: ["dialogkonferanse", "dialogkonferanser"],
  tiltak: ["tiltak", "tiltak"],
  høringssvar: ["høringssvar", "høringssvar"],
  personer: ["person i prosjektet", "personer i prosjektet"],
  invitasjoner: ["invitasjon som venter", "invitasjoner som venter"],
  grupper: ["medlem av prosjektets grupper", "medlemmer av prosjektets grupper"],
};
const countOf = (kind: string, count: number) => `${count} ${(REFERENCE_NAMES[kind] ?? [kind, kind])[count === 1 ? 0 : 1]}`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const labels = getContent().labels;
  return json({ ...projectOrganisationsPage(projectId), levelNames: labels.organisationLevels, canManage: hasRole(role, PROJECT_MANAGERS) });
}

type ActionData = {
  form: "velg" | "ny" | "region" | "fjern";
  result?: SubmissionResult<string[]>;
  rowId?: number;
  rowError?: string;
  done?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_MANAGERS);
  const intent = formData.get("intent");
  if (intent === "fjern") {
    const organisationId = parseId(formData.get("organisationId"));
    const outcome = removeProjectOrganisation({ projectId, organisationId, userId: user.id });
    if (outcome.status === "not_found") throw notFound();
    if (outcome.status === "in_use") {
      const list = outcome.references.map((r) => countOf(r.kind, r.count)).join(", ");
      return json<ActionData>({ form: "fjern", rowId: organisationId, rowError: `Kan ikke fjernes: organisasjonen er brukt i ${list}. Fjern den derfra først.` }, { status: 409 });
    }
    return json<ActionData>({ form: "fjern", done: "Organisasjonen er fjernet fra prosjektet." });
  }
  if (intent === "region") {
    const submission = parseWithZod(formData, { schema: RegionSchema });
    const organisationId = Number(formData.get("organisationId"));
    if (submission.status !== "success") {
      return json<ActionData>({ form: "region", rowId: organisationId, rowError: submission.error?.region?.[0] ?? "Ugyldig region" }, { status: 400 });
    }
    if (!isProjectOrganisation(projectId, submission.value.organisationId)) throw notFound();
    setProjectOrganisationRegion({ projectId, userId: user.id, ...submission.value });
    return json<ActionData>({ form: "region", done: "Regionen er endret." });
  }
  if (intent !== "ny" && intent !== "velg") throw new Response("Ukjent handling", { status: 400 });
  const form = intent;
  const submission = parseWithZod(formData, { schema: form === "ny" ? NewOrganisationSchema : PickOrganisationSchema });
  if (submission.status !== "success") return json<ActionData>({ form, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const outcome =
    value.intent === "ny"
      ? addNewOrganisation({ projectId, userId: user.id, region: value.region, organisation: { name: value.name, level: value.level, orgNumber: value.orgNumber } })
      : addPickedOrganisation({ projectId, userId: user.id, pick: value.organisation, region: value.region });
  if (!outcome.ok) return json<ActionData>({ form, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }) }, { status: 400 });
  return json<ActionData>({ form, result: submission.reply({ resetForm: true }), done: `${outcome.name} er lagt til i prosjektet.` });
}

export default function ProjectOrganisations() {
  const { organisations, regions, choices, levelNames, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Organisasjoner i prosjektet
      </Heading>
      <DoneMessage message={actionData?.done} />
      {organisations.length === 0 ? (
        <Paragraph>Ingen organisasjoner er lagt til ennå.</Paragraph>
      ) : (
        <DataTable
          caption="Organisasjonene i prosjektet"
          headers={["Organisasjon", "Nivå", "Region", "Organisasjonsnummer", ...(canManage ? [<span key="h" className="visually-hidden">Handling</span>] : [])]}
          rows={organisations.map((o) => {
            const rowError = actionData?.rowId === o.id ? actionData.rowError : undefined;
            return {
              key: o.id,
              cells: [
                o.name,
                levelNames[o.level],
                canManage ? <RegionForm key="region" organisationId={o.id} name={o.name} region={o.region} error={actionData?.form === "region" ? rowError : undefined} /> : (o.region ?? ""),
                o.orgNumber ?? "",
                ...(canManage
                  ? [
                      <div key="remove" className="stack">
                        <IntentButton intent="fjern" fields={{ organisationId: o.id }} confirmMessage={`Fjerne ${o.name} fra prosjektet?`} confirmLabel="Fjern" variant="tertiary" data-color="danger" data-size="sm" aria-label={`Fjern ${o.name} fra prosjektet`}>
                          Fjern
                        </IntentButton>
                        {actionData?.form === "fjern" && rowError ? (
                          <ValidationMessage role="alert">{rowError}</ValidationMessage>
                        ) : null}
                      </div>,
                    ]
                  : []),
              ],
            };
          })}
        />
      )}
      <datalist id="prosjektets-regioner">
        {regions.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {canManage ? (
        <>
          <PickForm key={`velg-${freshFormKey(actionData)}`} choices={choices} lastResult={actionData?.form === "velg" ? actionData.result : undefined} />
          <NewOrganisationForm key={`ny-${freshFormKey(actionData)}`} levelNames={levelNames} lastResult={actionData?.form === "ny" ? actionData.result : undefined} />
        </>
      ) : null}
    </div>
  );
}

const REGION_HINT = "Valgfritt. Regionen i prosjektet, for eksempel «Indre Namdal»; regioner som alt er i bruk, foreslås.";

function PickForm({ choices, lastResult }: { choices: { value: string; label: string; group: string }[]; lastResult: ActionData["result"] }) {
  const [form, fields] = useForm({ id: "velg", lastResult, ...CHECK_TIMING, onValidate: ({ formData }) => parseWithZod(formData, { schema: PickOrganisationSchema }) });
  return (
    <section aria-labelledby="velg-overskrift" className="stack">
      <Heading level={2} data-size="md" id="velg-overskrift">
        Legg til fra registeret
      </Heading>
      <Paragraph>Alle landets kommuner (per 1. januar 2024), de regionale helseforetakene og helseforetakene, og organisasjonene som alt er registrert i Trinnvis.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="velg" />
        <SelectField label="Organisasjon" {...fieldProps(fields.organisation)} placeholder="Velg organisasjon" options={choices} />
        <TextField label="Region" list="prosjektets-regioner" autoComplete="off" description={REGION_HINT} {...fieldProps(fields.region)} />
        <div>
          <SubmitButton>Legg til</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function NewOrganisationForm({ levelNames, lastResult }: { levelNames: Record<string, string>; lastResult: ActionData["result"] }) {
  const [form, fields] = useForm({ id: "ny", lastResult, ...CHECK_TIMING, onValidate: ({ formData }) => parseWithZod(formData, { schema: NewOrganisationSchema }) });
  return (
    <section aria-labelledby="ny-overskrift" className="stack">
      <Heading level={2} data-size="md" id="ny-overskrift">
        Legg til en ny organisasjon
      </Heading>
      <Paragraph>For en organisasjon som ikke finnes i listen over, for eksempel et NAV-kontor eller en brukerorganisasjon.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="ny" />
        <TextField label="Navn" {...fieldProps(fields.name)} />
        <SelectField label="Nivå" {...fieldProps(fields.level)} placeholder="Velg nivå" options={ORGANISATION_LEVELS.map((l) => ({ value: l, label: levelNames[l] }))} />
        <TextField label="Organisasjonsnummer" inputMode="numeric" description="Valgfritt. Ni sifre; kontrollsifferet sjekkes." {...fieldProps(fields.orgNumber)} />
        <TextField label="Region" list="prosjektets-regioner" autoComplete="off" description={REGION_HINT} {...fieldProps(fields.region)} />
        <div>
          <SubmitButton>Legg til ny organisasjon</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function RegionForm({ organisationId, name, region, error }: { organisationId: number; name: string; region: string | null; error?: string }) {
  const inputId = `region-${organisationId}`;
  return (
    <Form method="post" className="inline-form">
      <CsrfInput />
      <input type="hidden" name="intent" value="region" />
      <input type="hidden" name="organisationId" value={organisationId} />
      <Label htmlFor={inputId} className="visually-hidden">
        Region for {name}
      </Label>
      <Input id={inputId} name="region" defaultValue={region ?? ""} list="prosjektets-regioner" data-size="sm" aria-invalid={error ? true : undefined} aria-describedby={error ? `${inputId}-feil` : undefined} />
      <SubmitButton variant="secondary" data-size="sm" aria-label={`Lagre regionen for ${name}`}>
        Lagre
      </SubmitButton>
      {error ? (
        <ValidationMessage id={`${inputId}-feil`} role="alert">
          {error}
        </ValidationMessage>
      ) : null}
    </Form>
  );
}
