// The follow-up of a decision, posted from the steering dashboard or a meeting page: by those who
// record the steering group's work, or by the decision's own owner (who is reminded of it).
import { parseWithZod } from "@conform-to/zod";
import { json } from "@remix-run/node";
import type { ProjectRole } from "../../db/enums";
import { CONFLICT_MESSAGE } from "../components/conflict-notice";
import { DecisionStatusSchema } from "../forms/steering";
import { decisionOwner, updateDecisionStatus } from "../models/steering.server";
import { hasRole, MEETING_WRITERS } from "../utils/permissions";
import { notFound } from "./access.server";
import { refusal } from "./audit-events.server";
import { redirectWithMessage } from "./flash.server";

/** Whether this person may change the follow-up of a decision with this owner. */
export const mayChangeDecisionStatus = (role: ProjectRole, userId: number, ownerUserId: number | null) => hasRole(role, MEETING_WRITERS) || ownerUserId === userId;

export function changeDecisionStatus(formData: FormData, access: { projectId: number; userId: number; role: ProjectRole }, back: string) {
  const { projectId, userId, role } = access;
  const submission = parseWithZod(formData, { schema: DecisionStatusSchema });
  if (submission.status !== "success") return json({ intent: "vedtak-status", result: submission.reply() }, { status: 400 });
  const owner = decisionOwner(projectId, submission.value.decisionId);
  if (owner === undefined) throw notFound();
  if (!mayChangeDecisionStatus(role, userId, owner)) throw refusal(403, "Bare styringsgruppen, prosjektlederen og den ansvarlige kan følge opp vedtaket", "mangler-rolle");
  const saved = updateDecisionStatus({ projectId, userId, ...submission.value });
  if (saved.status === "not_found") throw notFound();
  if (saved.status === "conflict") return json({ intent: "vedtak-status", result: submission.reply({ formErrors: [CONFLICT_MESSAGE] }) }, { status: 409 });
  return redirectWithMessage(back, "Statusen for vedtaket er oppdatert.");
}
