import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Button, Heading, Table, Textfield } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ORGANISATION_LEVELS } from "../../db/schema";
import { CsrfInput } from "../components/csrf-input";
import { FormErrors } from "../components/form-errors";
import { SelectField } from "../components/select-field";
import { writeAudit } from "../models/audit.server";
import { createOrganisation, findOrganisation, listOrganisations } from "../models/organisation.server";
import { requireAdmin, requireAdminAction } from "../utils/access.server";
import { getContent } from "../utils/content.server";
import { optionalText, requiredText } from "../utils/schemas";

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
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganisationSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Organisasjoner
      </Heading>
      <Table>
        <caption className="visually-hidden">Alle organisasjoner</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Navn</Table.HeaderCell>
            <Table.HeaderCell>Nivå</Table.HeaderCell>
            <Table.HeaderCell>Type</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {organisations.map((o) => (
            <Table.Row key={o.id}>
              <Table.Cell>{o.name}</Table.Cell>
              <Table.Cell>{levelNames[o.level]}</Table.Cell>
              <Table.Cell>{o.kind ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Heading level={2} data-size="md">
        Ny organisasjon
      </Heading>
      <FormErrors errors={form.errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <Textfield label="Navn" name={fields.name.name} defaultValue={fields.name.initialValue} error={fields.name.errors?.[0]} />
        <SelectField
          label="Nivå"
          name={fields.level.name}
          placeholder="Velg nivå"
          defaultValue={fields.level.initialValue}
          error={fields.level.errors?.[0]}
          options={ORGANISATION_LEVELS.map((level) => ({ value: level, label: levelNames[level] }))}
        />
        <Textfield
          label="Type"
          description="For eksempel kommune, helseforetak, DPS eller brukerorganisasjon."
          name={fields.kind.name}
          defaultValue={fields.kind.initialValue}
          error={fields.kind.errors?.[0]}
        />
        <div>
          <Button type="submit">Legg til organisasjon</Button>
        </div>
      </Form>
    </div>
  );
}
