import { useLocation, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { DoneMessage } from "./done-message";

export type RedirectedMessage = { id: string; text: string };

/**
 * The message a save or deletion sent across its redirect (app/services/flash.server.ts), on the page it
 * landed on and nowhere else: the root loader's data outlives the page (plain navigations do not reload
 * it), so the message is dropped once the person moves on, also when they come back to that page, and as
 * soon as they post another form (its own message must not stand beside this one while the page reloads).
 */
export function RedirectMessage({ message }: { message: RedirectedMessage | null }) {
  const { key } = useLocation();
  const { formMethod } = useNavigation();
  const shown = useRef<{ id: string; locationKey: string; left: boolean } | null>(null);
  if (message && shown.current?.id !== message.id) shown.current = { id: message.id, locationKey: key, left: false };
  const posting = formMethod !== undefined && formMethod.toLowerCase() !== "get";
  if (shown.current && (shown.current.locationKey !== key || posting)) shown.current.left = true;
  const current = message && shown.current && !shown.current.left ? message : null;
  // A new key for every message, so the same sentence twice in a row is announced and focused again.
  return <DoneMessage key={current?.id ?? "ingen"} message={current?.text} />;
}
