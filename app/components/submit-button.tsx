import { Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useNavigation } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type ComponentProps, type MouseEvent, type ReactNode, type RefObject } from "react";
import { sameFormData } from "./same-form-data";

type SubmitButtonProps = Omit<ComponentProps<typeof Button>, "type" | "children"> & {
  children: ReactNode;
  /** Shown on the button while its submission runs. */
  pendingLabel?: string;
  /** Asked in a dialog before posting, when JavaScript runs; without it the form posts directly. */
  confirmMessage?: string;
  /** More about what happens, under the question. */
  confirmDetails?: ReactNode;
  /** The dialog's button that goes ahead; the button's own text when that is a string. */
  confirmLabel?: string;
};

/**
 * A form's submit button: while its own submission runs it shows a spinner and "Lagrer …", is
 * aria-busy and aria-disabled, and a second submit of the form is ignored. With `confirmMessage` it asks
 * first in a modal dialog (Escape or "Avbryt" closes it and focus returns to the button).
 */
export function SubmitButton(props: SubmitButtonProps) {
  const { pendingLabel = "Lagrer …", confirmMessage, confirmDetails, confirmLabel, children, onClick, ...button } = props;
  const ref = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const busy = useSubmitting(ref);
  const questionId = `${useId().replace(/:/g, "")}-sporsmal`;

  const askFirst = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!confirmMessage || event.defaultPrevented) return;
    event.preventDefault();
    if (busy) return;
    dialog.current?.showModal();
    // The safe choice first (React's autoFocus does not reach showModal).
    cancel.current?.focus();
  };
  const goAhead = () => {
    dialog.current?.close();
    const submitter = ref.current;
    submitter?.form?.requestSubmit(submitter);
  };

  return (
    <>
      <Button
        ref={ref}
        type="submit"
        {...button}
        onClick={askFirst}
        loading={busy}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        aria-haspopup={confirmMessage ? "dialog" : undefined}
      >
        {busy ? pendingLabel : children}
      </Button>
      {confirmMessage ? (
        <Dialog ref={dialog} closeButton={false} className="confirm-dialog" aria-labelledby={questionId}>
          <Dialog.Block>
            <Heading level={2} data-size="xs" id={questionId}>
              {confirmMessage}
            </Heading>
            {confirmDetails ? <Paragraph>{confirmDetails}</Paragraph> : null}
          </Dialog.Block>
          <Dialog.Block className="button-row">
            <Button type="button" data-color={button["data-color"]} onClick={goAhead}>
              {confirmLabel ?? (textOf(children) || "Bekreft")}
            </Button>
            <Button ref={cancel} type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Avbryt
            </Button>
          </Dialog.Block>
        </Dialog>
      ) : null}
    </>
  );
}

/**
 * Whether the submission Remix is running is the one this button started; while it is, a further submit
 * of the same form is stopped before Remix sees it (Remix would cancel the first and post again).
 */
function useSubmitting(button: RefObject<HTMLButtonElement>) {
  const navigation = useNavigation();
  const [sent, setSent] = useState<FormData | null>(null);
  const busy = navigation.state !== "idle" && sameFormData(sent, navigation.formData);
  const busyNow = useRef(busy);
  busyNow.current = busy;

  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (busyNow.current) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      if (event.submitter === button.current) setSent(new FormData(form, button.current));
    };
    // Capture: before Conform and Remix handle the submit.
    form.addEventListener("submit", onSubmit, true);
    return () => form.removeEventListener("submit", onSubmit, true);
  }, [button]);

  return busy;
}

/** The text of a button's children ("Slett gruppen {name}" is an array of strings). */
function textOf(children: ReactNode): string {
  if (typeof children === "string" || typeof children === "number") return String(children);
  if (Array.isArray(children)) return children.every((c) => typeof c === "string" || typeof c === "number") ? children.join("") : "";
  return "";
}
