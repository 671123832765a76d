import { Alert } from "@digdir/designsystemet-react";

/** What an action just did ("Fasen er lagt til."), announced politely to screen readers. */
export function DoneMessage({ message, color = "success" }: { message?: string | null; color?: "success" | "info" | "warning" }) {
  if (!message) return null;
  return (
    <Alert data-color={color} role="status">
      {message}
    </Alert>
  );
}
