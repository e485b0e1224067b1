// Form parts for the light pages (the first screen of each app), drawn with plain elements in
// antd's look: a labelled field with its help and errors, buttons and a notice, so a first
// screen loads without antd.
import type { CSSProperties, ReactNode } from "react";
import { useT } from "../i18n/locale-context";
import { brand } from "./brand";
import { surface } from "./surface";

const text = surface.text;

export const lightStyles = {
  card: {
    background: surface.container,
    border: `1px solid ${surface.line}`,
    borderRadius: 8,
    padding: 24,
    color: text,
  },
  title: { fontSize: 24, fontWeight: 600, margin: "0 0 12px" },
  muted: { color: surface.muted, margin: "0 0 24px", lineHeight: 1.57 },
  input: {
    boxSizing: "border-box",
    width: "100%",
    padding: "4px 11px",
    minHeight: 32,
    fontSize: 14,
    fontFamily: "inherit",
    border: `1px solid ${surface.controlLine}`,
    borderRadius: 6,
    background: surface.container,
    color: text,
  },
  button: {
    width: "100%",
    height: 32,
    fontSize: 14,
    fontFamily: "inherit",
    border: "none",
    borderRadius: 6,
    background: brand.primary,
    color: "#fff",
    cursor: "pointer",
  },
  secondaryButton: {
    height: 32,
    padding: "0 15px",
    fontSize: 14,
    fontFamily: "inherit",
    border: `1px solid ${surface.controlLine}`,
    borderRadius: 6,
    background: surface.container,
    color: text,
    cursor: "pointer",
  },
} satisfies Record<string, CSSProperties>;

interface LightFieldProps {
  id: string;
  label: string;
  isOptional?: boolean;
  help?: string | undefined;
  errors?: readonly string[] | undefined;
  /** The input itself; give it `id` and `aria-describedby={describedBy(id, …)}`. */
  children: ReactNode;
}

/** The ids of a field's help and error lines, for the input's `aria-describedby`. */
export function describedBy(id: string, errors: readonly string[] | undefined): string {
  return errors && errors.length > 0 ? `${id}-help ${id}-errors` : `${id}-help`;
}

/** A labelled input with its help below and, in red, what is wrong with it. */
export function LightField({ id, label, isOptional, help, errors, children }: LightFieldProps) {
  const t = useT();
  return (
    <div style={{ marginBottom: 24 }}>
      <label htmlFor={id} style={{ display: "block", paddingBottom: 8 }}>
        {label}
        {isOptional ? <span style={{ color: surface.muted }}> {t("common.optional")}</span> : null}
      </label>
      {children}
      {help ? (
        <div id={`${id}-help`} style={{ color: surface.muted, marginTop: 4 }}>
          {help}
        </div>
      ) : null}
      {errors && errors.length > 0 ? (
        <div id={`${id}-errors`} role="alert" style={{ color: surface.error, marginTop: 4 }}>
          {errors.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A coloured box with one message. */
export function LightNotice({ tone, children }: { tone: "error" | "info"; children: ReactNode }) {
  const colours =
    tone === "error"
      ? { background: surface.errorBg, border: surface.errorLine }
      : { background: surface.infoBg, border: surface.infoLine };
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      style={{
        background: colours.background,
        border: `1px solid ${colours.border}`,
        borderRadius: 8,
        padding: "8px 12px",
        marginBottom: 16,
      }}
    >
      {children}
    </div>
  );
}
