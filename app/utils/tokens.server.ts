import { createHash, randomBytes } from "node:crypto";

/** The database keeps only a hash of a secret token (session, invitation, password reset), so a copy of it opens nothing. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const randomToken = () => randomBytes(32).toString("base64url");
