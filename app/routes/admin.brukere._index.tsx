import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { AppLink } from "../components/app-link";
import { DataTable } from "../components/data-table";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "../components/csrf-input";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { CHECK_TIMING, fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { FormErrorSummary } from "../components/error-summary";
import { writeAudit } from "../models/audit.server";
import { createUser, getUserByEmail, listUsers } from "../models/user.server";
import { findOpenInvitation, listOpenInvitations } from "../models/invitation.server";
import { invitationListAction, inviteAndSend } from "../services/invitations.server";
import { requireAdmin, requireAdminAction } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { emailField, NewUserSchema } from "../utils/user-schemas";
import { z } from "zod";
import { InvitationList } from "../components/invitation-list";
import { InvitationNotice, type SentInvitation } from "../components/invitation-notice";
import { TextField, CheckboxField } from "../components/fields";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Brukere – Trinnvis" }];

const InviteSchema = z.object({ intent: z.literal("inviter"), email: emailField });

type ActionData = { form: "ny" | "inviter" | "liste"; result?: SubmissionResult<string[]>; sent?: SentInvitation; done?: string };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireAdmin(request);
  logRead({ context }, { userId: user.id, entityType: "users" });
  return json({ users: listUsers(), invitations: listOpenInvitations(null) });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireAdminAction(request);
  const intent = formData.get("intent");
  const listed = await invitationListAction(request, formData, { projectId: null, user });
  if (listed) return json<ActionData>({ form: "liste", sent: listed.sent, done: listed.done }, { status: listed.status });
  if (intent === "inviter") {
    const invite = parseWithZod(formData, {
      schema: InviteSchema.superRefine((value, ctx) => {
        if (getUserByEmail(value.email)?.passwordHash) ctx.addIssue({ code: "custom", path: ["email"], message: "Det finnes allerede en bruker med denne e-postadressen" });
        else if (findOpenInvitation(value.email, null)) ctx.addIssue({ code: "custom", path: ["email"], message: "En invitasjon til denne adressen venter allerede på svar. Send den på nytt fra listen." });
      }),
    });
    if (invite.status !== "success") return json<ActionData>({ form: "inviter", result: invite.reply() }, { status: 400 });
    const sent = await inviteAndSend(request, { email: invite.value.email, projectId: null, role: null, position: "", organisationId: null, invitedBy: user.id }, user.name);
    return json<ActionData>({ form: "inviter", result: invite.reply({ resetForm: true }), sent });
  }
  const submission = await parseWithZod(formData, {
    schema: NewUserSchema.superRefine((value, ctx) => {
      if (getUserByEmail(value.email)) {
        ctx.addIssue({ code: "custom", path: ["email"], message: "Det finnes allerede en bruker med denne e-postadressen" });
      }
    }),
  });
  if (submission.status !== "success") return json<ActionData>({ form: "ny", result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const created = await createUser(submission.value);
  writeAudit({ userId: user.id, action: "create", entityType: "user", entityId: created.id, detail: { email: created.email, isAdmin: created.isAdmin } });
  return json<ActionData>({ form: "ny", result: submission.reply({ resetForm: true }) });
}

export default function AdminUsers() {
  const { users, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(NewUserSchema, actionData?.form === "ny" ? actionData.result : undefined);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Brukere
      </Heading>
      <DataTable
        caption="Alle brukere"
        headers={["Navn", "E-post", "Status"]}
        rows={users.map((u) => ({
          key: u.id,
          cells: [
            <AppLink key="name" to={`/admin/brukere/${u.id}`}>
              {u.name}
            </AppLink>,
            u.email,
            <>
              {u.isAdmin ? <Tag data-color="info">Administrator</Tag> : null}{" "}
              {u.disabledAt ? <Tag data-color="danger">Deaktivert</Tag> : null}
            </>,
          ],
        }))}
      />

      {actionData?.sent ? <InvitationNotice sent={actionData.sent} /> : null}
      <DoneMessage message={actionData?.done} color="info" />
      <InviteForm key={`inviter-${freshFormKey(actionData)}`} lastResult={actionData?.form === "inviter" ? actionData.result : undefined} />
      <Heading level={2} data-size="md">
        Invitasjoner som venter
      </Heading>
      <InvitationList invitations={invitations} />

      <Heading level={2} data-size="md">
        Ny bruker
      </Heading>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <TextField label="Navn" {...fieldProps(fields.name)} />
        <TextField label="E-post" type="email" {...fieldProps(fields.email)} />
        <TextField
          label="Passord"
          type="password"
          autoComplete="new-password"
          description="Minst 12 tegn."
          {...fieldProps(fields.password)}
        />
        <CheckboxField label="Administrator" name={fields.isAdmin.name} value="on" />
        <div>
          <SubmitButton>Opprett bruker</SubmitButton>
        </div>
      </Form>
    </div>
  );
}

function InviteForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "inviter", lastResult, ...CHECK_TIMING, onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }) });
  return (
    <section aria-labelledby="inviter-overskrift" className="stack">
      <Heading level={2} data-size="md" id="inviter-overskrift">
        Inviter en person
      </Heading>
      <Paragraph>Personen lager sin egen konto fra lenken og kan deretter opprette prosjekter eller bli invitert til dem.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="inviter" />
        <TextField label="E-post" type="email" autoComplete="off" {...fieldProps(fields.email)} />
        <div>
          <SubmitButton pendingLabel="Sender …">Send invitasjon</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
