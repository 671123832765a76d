import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading } from "@digdir/designsystemet-react";
import { DataTable } from "../components/data-table";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ORGANISATION_LEVELS } from "../../db/enums";
import { CsrfInput } from "../components/csrf-input";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { FormErrorSummary } from "../components/error-summary";
import { SelectField } from "../components/select-field";
import { writeAudit } from "../models/audit.server";
import { createOrganisation, findOrganisation, listOrganisations } from "../models/organisation.server";
import { requireAdmin, requireAdminAction } from "../services/access.server";
import { getContent } from "../utils/content.server";
import { optionalText, requiredText } from "../utils/schemas";
import { TextField } from "../components/fields";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Organisasjoner – Trinnvis" }];

const OrganisationSchema = z.object({
  name: requiredText("Navn", 200),
  level: z.enum(ORGANISATION_LEVELS, { errorMap: () => ({ message: "Velg nivå" }) }),
  kind: optionalText("Type", 100),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ organisations: listOrganisations(), levelNames: getContent().labels.organisationLevels });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireAdminAction(request);
  const submission = parseWithZod(formData, {
    schema: OrganisationSchema.superRefine((value, ctx) => {
      if (findOrganisation(value.name, value.level)) {
        ctx.addIssue({ code: "custom", path: ["name"], message: "Organisasjonen finnes allerede på dette nivået" });
      }
    }),
  });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const created = createOrganisation(submission.value);
  writeAudit({ userId: user.id, action: "create", entityType: "organisation", entityId: created.id, detail: { name: created.name } });
  return json(submission.reply({ resetForm: true }));
}

export default function AdminOrganisations() {
  const { organisations, levelNames } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(OrganisationSchema, lastResult);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Organisasjoner
      </Heading>
      <DataTable
        caption="Alle organisasjoner"
        headers={["Navn", "Nivå", "Type"]}
        rows={organisations.map((o) => ({ key: o.id, cells: [o.name, levelNames[o.level], o.kind ?? ""] }))}
      />
      <Heading level={2} data-size="md">
        Ny organisasjon
      </Heading>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <TextField label="Navn" {...fieldProps(fields.name)} />
        <SelectField
          label="Nivå"
          {...fieldProps(fields.level)}
          placeholder="Velg nivå"
          options={ORGANISATION_LEVELS.map((level) => ({ value: level, label: levelNames[level] }))}
        />
        <TextField
          label="Type"
          description="For eksempel kommune, helseforetak, DPS eller brukerorganisasjon."
          {...fieldProps(fields.kind)}
        />
        <div>
          <SubmitButton>Legg til organisasjon</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
