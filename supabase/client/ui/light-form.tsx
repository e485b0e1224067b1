// Form parts for the light pages (the first screen of each app), drawn with plain elements in
// antd's look: a labelled field with its help and errors, buttons and a notice, so a first
// screen loads without antd.
import type { CSSProperties, InputHTMLAttributes, ReactNode } from "react";
import { useT } from "../i18n/locale-context";
import { brand } from "./brand";
import { surface } from "./surface";

const text = surface.text;

// What every control (input, buttons) shares: antd's type and corners.
const control = {
  fontSize: 14,
  fontFamily: "inherit",
  borderRadius: 6,
} satisfies CSSProperties;

// An outlined control on the card's background (an input, a secondary button).
const outlined = {
  ...control,
  border: `1px solid ${surface.controlLine}`,
  background: surface.container,
  color: text,
} satisfies CSSProperties;

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
    ...outlined,
    boxSizing: "border-box",
    width: "100%",
    padding: "4px 11px",
    minHeight: 32,
  },
  button: {
    ...control,
    height: 32,
    width: "100%",
    border: "none",
    background: brand.primary,
    color: "#fff",
    cursor: "pointer",
  },
  secondaryButton: { ...outlined, height: 32, padding: "0 15px", cursor: "pointer" },
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

interface LightInputProps
  extends Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "required"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** @example <LightInput id="login-email" label="Email" type="email" value={email} onChange={setEmail} /> */
export function LightInput({ id, label, value, onChange, ...input }: LightInputProps) {
  return (
    <LightField id={id} label={label}>
      <input
        id={id}
        {...input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        style={lightStyles.input}
      />
    </LightField>
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
