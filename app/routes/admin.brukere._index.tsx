import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Button, Heading, Link as DsLink, Tag } from "@digdir/designsystemet-react";
import { DataTable } from "../components/data-table";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "../components/csrf-input";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { FormErrors } from "../components/form-errors";
import { writeAudit } from "../models/audit.server";
import { createUser, getUserByEmail, listUsers } from "../models/user.server";
import { requireAdmin, requireAdminAction } from "../utils/access.server";
import { NewUserSchema } from "../utils/user-schemas";
import { TextField, CheckboxField } from "../components/fields";

export const meta: MetaFunction = () => [{ title: "Brukere – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ users: listUsers() });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireAdminAction(request);
  const submission = await parseWithZod(formData, {
    schema: NewUserSchema.superRefine((value, ctx) => {
      if (getUserByEmail(value.email)) {
        ctx.addIssue({ code: "custom", path: ["email"], message: "Det finnes allerede en bruker med denne e-postadressen" });
      }
    }),
  });
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const created = await createUser(submission.value);
  writeAudit({ userId: user.id, action: "create", entityType: "user", entityId: created.id, detail: { email: created.email, isAdmin: created.isAdmin } });
  return json(submission.reply({ resetForm: true }));
}

export default function AdminUsers() {
  const { users } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(NewUserSchema, lastResult);
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
            <DsLink key="name" href={`/admin/brukere/${u.id}`}>
              {u.name}
            </DsLink>,
            u.email,
            <>
              {u.isAdmin ? <Tag data-color="info">Administrator</Tag> : null}{" "}
              {u.disabledAt ? <Tag data-color="danger">Deaktivert</Tag> : null}
            </>,
          ],
        }))}
      />

      <Heading level={2} data-size="md">
        Ny bruker
      </Heading>
      <FormErrors errors={form.errors} />
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
          <Button type="submit">Opprett bruker</Button>
        </div>
      </Form>
    </div>
  );
}
