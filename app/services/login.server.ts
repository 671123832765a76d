import type { AppLoadContext } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { confirmLoginSuccess, reserveLoginAttempt } from "../models/login-attempt.server";
import { getUserByEmail, normaliseEmail } from "../models/user.server";
import { dummyPasswordHash, verifyPassword } from "../utils/password.server";
import { clientAddress, startSession } from "./session.server";

export const LOGIN_FAILED_MESSAGE = "Feil e-post eller passord.";

/** «ett sekund», «40 sekunder», «ett minutt», «15 minutter». */
export function formatWait(seconds: number): string {
  if (seconds <= 1) return "ett sekund";
  if (seconds < 60) return `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "ett minutt" : `${minutes} minutter`;
}

export const loginThrottledMessage = (seconds: number) => `For mange mislykkede forsøk. Vent ${formatWait(seconds)} før du prøver igjen.`;

export type LoginResult =
  | { ok: true; cookie: string }
  | { ok: false; status: number; message: string; /** For the Retry-After header of a 429. */ retryAfterSeconds?: number };

/**
 * Checks the password, with a generic message whatever went wrong. Failures slow down the next
 * attempts from the same address (app/models/login-attempt.server.ts); the attempt is counted
 * before the password is checked, so parallel guesses cannot get past the limits.
 */
export async function attemptLogin(
  request: Request,
  context: AppLoadContext,
  emailInput: string,
  password: string,
): Promise<LoginResult> {
  const email = normaliseEmail(emailInput);
  const sourceAddress = clientAddress(context);
  const reserved = reserveLoginAttempt(email, sourceAddress);
  if (!reserved.ok) {
    const retryAfterSeconds = Math.max(1, Math.ceil(reserved.retryAfterMs / 1000));
    const user = getUserByEmail(email);
    writeAudit({
      userId: user?.id ?? null,
      action: "login_failed",
      entityType: "user",
      entityId: user?.id,
      detail: { email, reason: "throttled", limit: reserved.limit, retryAfterSeconds },
      sourceAddress,
    });
    return { ok: false, status: 429, message: loginThrottledMessage(retryAfterSeconds), retryAfterSeconds };
  }
  const user = getUserByEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || user.disabledAt || !passwordOk) {
    // The reservation stays: it was a failure.
    writeAudit({ userId: user?.id ?? null, action: "login_failed", entityType: "user", entityId: user?.id, detail: { email }, sourceAddress });
    return { ok: false, status: 401, message: LOGIN_FAILED_MESSAGE };
  }
  confirmLoginSuccess(reserved.reservation);
  const cookie = await startSession(request, user.id);
  writeAudit({ userId: user.id, action: "login", entityType: "user", entityId: user.id, sourceAddress });
  return { ok: true, cookie };
}
