import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading } from "@digdir/designsystemet-react";
import { DataTable } from "../components/data-table";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { PROJECT_ROLES } from "../../db/enums";
import { LAST_LEADER_MESSAGE } from "../forms/project-setup";
import { CsrfInput } from "../components/csrf-input";
import { IntentButton } from "../components/record-form";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { FormErrorSummary } from "../components/error-summary";
import { SelectField } from "../components/select-field";
import { getMembershipById, listAllMemberships, removeMember, setMembership } from "../models/membership.server";
import { listOrganisations } from "../models/organisation.server";
import { getProject, listAllProjects } from "../models/project.server";
import { getUserById, listUsers } from "../models/user.server";
import { parseId, requireAdmin, requireAdminAction } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { getContent } from "../utils/content.server";
import { optionalText } from "../utils/schemas";
import { TextField } from "../components/fields";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Medlemskap – Trinnvis" }];


const idField = (message: string) => z.coerce.number({ invalid_type_error: message, required_error: message }).int().positive(message);

const MembershipSchema = z.object({
  intent: z.literal("lagre"),
  projectId: idField("Velg prosjekt"),
  userId: idField("Velg person"),
  role: z.enum(PROJECT_ROLES, { errorMap: () => ({ message: "Velg rolle" }) }),
  position: optionalText("Funksjon", 200),
  organisationId: z.coerce.number().int().positive().optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireAdmin(request);
  logRead({ context }, { userId: user.id, entityType: "memberships" });
  const content = getContent();
  return json({
    memberships: listAllMemberships(),
    projects: listAllProjects(),
    users: listUsers().filter((u) => !u.disabledAt),
    organisations: listOrganisations(),
    roleNames: content.labels.projectRoles,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireAdminAction(request);
  if (formData.get("intent") === "fjern") {
    const membership = getMembershipById(parseId(formData.get("membershipId")));
    const outcome = membership ? removeMember({ projectId: membership.projectId, membershipId: membership.id, userId: user.id }).status : "not_found";
    if (outcome === "last_leader") return json({ result: null, done: LAST_LEADER_MESSAGE }, { status: 409 });
    return json({ result: null, done: outcome === "saved" ? "Medlemskapet er fjernet." : "Medlemskapet fantes ikke lenger." });
  }
  const submission = parseWithZod(formData, {
    schema: MembershipSchema.superRefine((value, ctx) => {
      if (!getProject(value.projectId)) ctx.addIssue({ code: "custom", path: ["projectId"], message: "Prosjektet finnes ikke" });
      if (!getUserById(value.userId)) ctx.addIssue({ code: "custom", path: ["userId"], message: "Personen finnes ikke" });
    }),
  });
  if (submission.status !== "success") return json({ result: submission.reply(), done: null }, { status: 400 });
  const { intent: _intent, ...values } = submission.value;
  const changed = setMembership({ projectId: values.projectId, memberUserId: values.userId, userId: user.id, role: values.role, position: values.position, organisationId: values.organisationId ?? null });
  if (changed.status === "last_leader") return json({ result: submission.reply({ fieldErrors: { role: [LAST_LEADER_MESSAGE] } }), done: null }, { status: 409 });
  return json({ result: submission.reply({ resetForm: true }), done: "Medlemskapet er lagret." });
}

export default function AdminMemberships() {
  const { memberships, projects, users, organisations, roleNames } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(MembershipSchema, actionData?.result ?? undefined);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Medlemskap i prosjekter
      </Heading>
      {actionData?.done ? <Alert data-color="info">{actionData.done}</Alert> : null}
      <DataTable
        caption="Hvem som er med i hvilke prosjekter"
        headers={["Prosjekt", "Person", "Rolle", "Funksjon", <span key="h" className="visually-hidden">Handling</span>]}
        rows={memberships.map((m) => ({
          key: m.id,
          cells: [
            m.projectName,
            `${m.userName} (${m.email})`,
            roleNames[m.role],
            m.position,
            <IntentButton key="remove" intent="fjern" fields={{ membershipId: m.id }} confirmMessage={`Fjerne ${m.userName} fra ${m.projectName}?`} variant="tertiary" data-size="sm" aria-label={`Fjern ${m.userName} fra ${m.projectName}`}>
              Fjern
            </IntentButton>,
          ],
        }))}
      />

      <Heading level={2} data-size="md">
        Legg til eller endre rolle
      </Heading>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="lagre" />
        <SelectField
          label="Prosjekt"
          {...fieldProps(fields.projectId)}
          placeholder="Velg prosjekt"
          options={projects.map((p) => ({ value: String(p.id), label: p.name }))}
        />
        <SelectField
          label="Person"
          {...fieldProps(fields.userId)}
          placeholder="Velg person"
          options={users.map((u) => ({ value: String(u.id), label: `${u.name} (${u.email})` }))}
        />
        <SelectField
          label="Rolle"
          {...fieldProps(fields.role)}
          placeholder="Velg rolle"
          options={PROJECT_ROLES.map((r) => ({ value: r, label: roleNames[r] }))}
        />
        <TextField label="Funksjon i prosjektet" description="For eksempel «Prosjektgruppe, 40 % stilling»." {...fieldProps(fields.position)} />
        <SelectField
          label="Organisasjon"
          {...fieldProps(fields.organisationId)}
          placeholder="Ingen valgt"
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <div>
          <SubmitButton>Lagre medlemskap</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
