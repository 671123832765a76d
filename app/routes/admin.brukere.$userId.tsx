import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "../components/csrf-input";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { writeAudit } from "../models/audit.server";
import { getUserById, setUserDisabled, setUserPassword } from "../models/user.server";
import { notFound, parseId, requireAdmin, requireAdminAction } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { newPasswordField } from "../utils/user-schemas";
import { TextField } from "../components/fields";
import { IntentButton } from "../components/record-form";
import { AppLink } from "../components/app-link";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Bruker – Trinnvis" }];

const PasswordSchema = z.object({ intent: z.literal("passord"), password: newPasswordField });
const StatusSchema = z.object({ intent: z.enum(["deaktiver", "aktiver"]) });

function loadUser(userIdParam: unknown) {
  const user = getUserById(parseId(userIdParam));
  if (!user) throw notFound();
  return user;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user: admin } = await requireAdmin(request);
  const { passwordHash, ...user } = loadUser(params.userId);
  logRead({ context }, { userId: admin.id, entityType: "user", entityId: user.id });
  return json({ user: { ...user, hasPassword: passwordHash !== null } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user: admin, formData } = await requireAdminAction(request);
  const target = loadUser(params.userId);
  if (formData.get("intent") === "passord") {
    const submission = parseWithZod(formData, { schema: PasswordSchema });
    if (submission.status !== "success") return json({ result: submission.reply({ hideFields: ["password"] }), done: null }, { status: 400 });
    await setUserPassword(target.id, submission.value.password);
    // The password itself is never logged, not even hashed: only that it changed.
    writeAudit({ userId: admin.id, action: "update", entityType: "user", entityId: target.id, detail: { changes: { passord: { før: "(skjult)", etter: "(nytt)" } } } });
    return json({ result: submission.reply({ resetForm: true }), done: "Passordet er satt. Brukerens åpne økter er avsluttet." });
  }
  const status = StatusSchema.safeParse(Object.fromEntries(formData));
  if (!status.success) throw new Response("Ukjent handling", { status: 400 });
  if (target.id === admin.id) {
    return json({ result: null, done: "Du kan ikke deaktivere deg selv." }, { status: 400 });
  }
  const disable = status.data.intent === "deaktiver";
  const before = Boolean(target.disabledAt);
  setUserDisabled(target.id, disable);
  writeAudit({ userId: admin.id, action: "update", entityType: "user", entityId: target.id, detail: { changes: { deaktivert: { før: before, etter: disable } } } });
  return json({ result: null, done: disable ? "Brukeren er deaktivert og logget ut overalt." : "Brukeren er aktivert igjen." });
}

export default function AdminUser() {
  const { user } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(PasswordSchema, actionData?.result ?? undefined);
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to="/admin/brukere">Alle brukere</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {user.name}
      </Heading>
      <Paragraph>
        {user.email}. {user.disabledAt ? "Deaktivert." : "Aktiv."} {user.hasPassword ? "" : "Har ikke passord og kan ikke logge inn."}
      </Paragraph>
      {actionData?.done ? <Alert data-color="info">{actionData.done}</Alert> : null}

      <Heading level={2} data-size="md">
        Sett nytt passord
      </Heading>
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="passord" />
        <TextField
          label="Nytt passord"
          type="password"
          autoComplete="new-password"
          description="Minst 12 tegn."
          {...fieldProps(fields.password)}
        />
        <div>
          <SubmitButton>Sett passord</SubmitButton>
        </div>
      </Form>

      <Heading level={2} data-size="md">
        Tilgang
      </Heading>
      <IntentButton intent={user.disabledAt ? "aktiver" : "deaktiver"} confirmMessage={user.disabledAt ? undefined : `Deaktivere ${user.name}?`} variant="secondary" data-color={user.disabledAt ? "accent" : "danger"}>
        {user.disabledAt ? "Aktiver brukeren" : "Deaktiver brukeren"}
      </IntentButton>
    </div>
  );
}
