// The project menu. On a narrow screen it folds behind a «Prosjektmeny» button, so a phone shows the
// page before a dozen links; on a wide screen the button is hidden (app.css) and the links show as
// before. The button only appears once JavaScript runs: without it the links are always shown.
import { Button } from "@digdir/designsystemet-react";
import { useLocation } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { MenuLinks } from "./app-link";

type Item = { to: string; label: string; end?: boolean };

export function ProjectMenu({ label, items }: { label: string; items: Item[] }) {
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setEnhanced(true), []);
  // A chosen page closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav
      aria-label={label}
      className="project-nav"
      data-enhanced={enhanced || undefined}
      data-open={open || undefined}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      {enhanced ? (
        <Button ref={button} type="button" variant="secondary" data-size="sm" className="project-nav-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          Prosjektmeny
        </Button>
      ) : null}
      <MenuLinks items={items} id={listId} />
    </nav>
  );
}
