import { Alert } from "@digdir/designsystemet-react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * What an action just did ("Fasen er lagt til."), announced politely and given focus, so the next Tab goes
 * on from here and the message is in view even when the form that was used is far below it.
 */
export function DoneMessage(props: { message?: string | null; color?: "success" | "info" | "warning"; children?: ReactNode; /** For a message given as children: what makes it a new one. */ focusKey?: string }) {
  const { message, color = "success", children } = props;
  const ref = useRef<HTMLDivElement>(null);
  const shownFor = message ?? props.focusKey;
  useEffect(() => {
    if (shownFor) ref.current?.focus();
  }, [shownFor]);
  if (!message && !children) return null;
  return (
    <Alert ref={ref} tabIndex={-1} data-color={color} role="status" className="done-message">
      {message}
      {children}
    </Alert>
  );
}

/** A key for a form that changes after each successful action, so the form starts afresh: empty, placeholders chosen, no old messages. */
export const freshFormKey = (data: { done?: string | null; sent?: { link: string } | null } | null | undefined) => data?.sent?.link ?? data?.done ?? "form";
