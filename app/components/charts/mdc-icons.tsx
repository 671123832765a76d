import { MDC_ICON_TEXT, mdcIconSvg, type MdcIcon } from "../../domain/mdc-icons";

/** One Making Data Count icon, named by its Norwegian text (the drawing itself is hidden). */
export function MdcIconImage({ icon, size = 40 }: { icon: MdcIcon; size?: number }) {
  return <span role="img" aria-label={MDC_ICON_TEXT[icon]} title={MDC_ICON_TEXT[icon]} className="mdc-icon" dangerouslySetInnerHTML={{ __html: mdcIconSvg(icon, { size }) }} />;
}

/** The variation icon and, where the target is judged, the assurance icon. */
export function MdcIcons({ variation, assurance, size }: { variation: MdcIcon | null; assurance: MdcIcon | null; size?: number }) {
  if (!variation && !assurance) return null;
  return (
    <span className="mdc-icons">
      {variation ? <MdcIconImage icon={variation} size={size} /> : null}
      {assurance ? <MdcIconImage icon={assurance} size={size} /> : null}
    </span>
  );
}
