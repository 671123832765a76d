// Links inside the app. Remix's <Link> resolves its path, sets up prefetching and builds its click
// handler with about ten hooks per link, which tables with a link per row paid for on every server
// render. AppLink is a plain <a> whose plain left click navigates through the router, held once by
// <ClientNavigation> at the root. Without JavaScript it is an ordinary link.
import { useLocation, useNavigate } from "@remix-run/react";
import { createContext, useContext, type AnchorHTMLAttributes, type ReactNode } from "react";

type Navigate = (to: string) => void;

const NavigateContext = createContext<Navigate | null>(null);

export function ClientNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return <NavigateContext.Provider value={navigate}>{children}</NavigateContext.Provider>;
}

type ClickLike = { button: number; metaKey: boolean; altKey: boolean; ctrlKey: boolean; shiftKey: boolean; defaultPrevented: boolean };

/** A click the app should handle itself: the main button, no modifier (new tab, window, download), not already handled. */
export function isPlainClick(event: ClickLike, target?: string): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey && (!target || target === "_self");
}

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** An absolute path ("/prosjekter/1") or a query on the current page ("?endre=3#endre-punkt"). */
  to: string;
};

/** Looks like Designsystemet's Link unless given a class of its own (a button look, the brand). */
export function AppLink({ to, onClick, className = "ds-link", ...props }: AppLinkProps) {
  const navigate = useContext(NavigateContext);
  return (
    <a
      {...props}
      className={className}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (navigate && !props.download && isPlainClick(event, props.target)) {
          event.preventDefault();
          navigate(to);
        }
      }}
    />
  );
}

/** Whether a menu entry is the page shown (or, unless `end`, one of the pages under it). */
export function isCurrentPath(pathname: string, to: string, end = false): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return path === to || (!end && path.startsWith(`${to}/`));
}

/** A menu of AppLinks; the entry for the page shown is marked aria-current="page". */
export function MenuLinks({ items, className, id }: { items: { to: string; label: string; end?: boolean }[]; className?: string; id?: string }) {
  const { pathname } = useLocation();
  return (
    <ul className={className} id={id}>
      {items.map((item) => (
        <li key={item.to}>
          <AppLink to={item.to} aria-current={isCurrentPath(pathname, item.to, item.end) ? "page" : undefined}>
            {item.label}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
