import { MDC_ICON_TEXT, mdcIconSvg, type MdcIcon } from "../../domain/mdc-icons";

type IconProps = { size?: number; /** The same words follow as text: the icon is not read out twice. */ besideText?: boolean };

/** One Making Data Count icon, named by its Norwegian text (the drawing itself is hidden). */
export function MdcIconImage({ icon, size = 40, besideText = false }: IconProps & { icon: MdcIcon }) {
  const html = { __html: mdcIconSvg(icon, { size }) };
  if (besideText) return <span aria-hidden="true" title={MDC_ICON_TEXT[icon]} className="mdc-icon" dangerouslySetInnerHTML={html} />;
  return <span role="img" aria-label={MDC_ICON_TEXT[icon]} title={MDC_ICON_TEXT[icon]} className="mdc-icon" dangerouslySetInnerHTML={html} />;
}

/** The variation icon and, where the target is judged, the assurance icon. */
export function MdcIcons({ variation, assurance, ...props }: IconProps & { variation: MdcIcon | null; assurance: MdcIcon | null }) {
  if (!variation && !assurance) return null;
  return (
    <span className="mdc-icons">
      {variation ? <MdcIconImage icon={variation} {...props} /> : null}
      {assurance ? <MdcIconImage icon={assurance} {...props} /> : null}
    </span>
  );
}
