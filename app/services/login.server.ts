import type { AppLoadContext } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "../models/login-attempt.server";
import { getUserByEmail, normaliseEmail } from "../models/user.server";
import { dummyPasswordHash, verifyPassword } from "../utils/password.server";
import { clientAddress, startSession } from "./session.server";

export const LOGIN_FAILED_MESSAGE = "Feil e-post eller passord.";
export const LOGIN_BLOCKED_MESSAGE = "For mange mislykkede forsøk. Vent et kvarter og prøv igjen.";

type LoginResult = { ok: true; cookie: string } | { ok: false; status: number; message: string };

/**
 * Checks the password, with a generic message whatever went wrong, and counts failures
 * per account and per address so guessing is slowed down.
 */
export async function attemptLogin(
  request: Request,
  context: AppLoadContext,
  emailInput: string,
  password: string,
): Promise<LoginResult> {
  const email = normaliseEmail(emailInput);
  const address = clientAddress(context);
  if (isLoginBlocked(email, address)) {
    writeAudit({ userId: null, action: "login_failed", entityType: "user", detail: { email, reason: "blocked" } });
    return { ok: false, status: 429, message: LOGIN_BLOCKED_MESSAGE };
  }
  const user = getUserByEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || user.disabledAt || !passwordOk) {
    recordLoginFailure(email, address);
    writeAudit({ userId: user?.id ?? null, action: "login_failed", entityType: "user", entityId: user?.id, detail: { email } });
    return { ok: false, status: 401, message: LOGIN_FAILED_MESSAGE };
  }
  clearLoginFailures(email);
  const cookie = await startSession(request, user.id);
  writeAudit({ userId: user.id, action: "login", entityType: "user", entityId: user.id });
  return { ok: true, cookie };
}
