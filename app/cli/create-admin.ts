// npm run create-admin -- E-POST ["Navn"]: the first administrator of a new installation (or makes an
// existing user an administrator). Prints a single-use link, valid for one hour, to set the password.
import { emailField } from "../utils/user-schemas";
import { createPasswordReset } from "../models/password-reset.server";
import { writeAudit } from "../models/audit.server";
import { createUser, getUserByEmail, setUserAdmin, setUserDisabled } from "../models/user.server";
import { appUrl } from "../utils/env.server";

async function main() {
  const [emailArg, nameArg] = process.argv.slice(2);
  const email = emailField.safeParse(emailArg ?? "");
  if (!email.success) {
    console.error("Bruk: npm run create-admin -- e-post [\"Navn\"]  (e-postadressen mangler eller er ugyldig)");
    process.exit(1);
  }
  const existing = getUserByEmail(email.data);
  const user = existing ?? (await createUser({ email: email.data, name: nameArg?.trim() || email.data.split("@")[0], password: null, isAdmin: true }));
  if (existing) setUserAdmin(existing.id, true);
  if (existing?.disabledAt) {
    setUserDisabled(existing.id, false);
    console.log(`${user.email} var deaktivert og er aktivert igjen.`);
  }
  writeAudit({ userId: null, action: existing ? "update" : "create", entityType: "user", entityId: user.id, detail: { email: user.email, isAdmin: true, by: "create-admin" } });
  console.log(existing ? `${user.email} er nå administrator.` : `Administratoren ${user.email} er opprettet.`);
  if (!existing?.passwordHash) {
    const token = createPasswordReset(user.id);
    console.log(`Sett passordet innen én time: ${appUrl()}/nytt-passord/${token}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
