// A form of plain inputs checked by a db/validation schema, for the light pages that load without
// antd: it holds what is typed, shows each zod issue or database refusal next to its field in the
// words the antd forms use (light-form-check.ts), and hands only the schema's output to `onValid`.
import { type FormEvent, useState } from "react";
import type { z } from "zod/v4";
import { useT, useValidationText } from "../i18n/locale-context";
import { describedBy } from "../ui/light-form";
import {
  checkDraft,
  type Draft,
  type FieldMessages,
  nestDraft,
  type PlaceErrors,
  refusalMessages,
} from "./light-form-check";
import type { Refusal } from "./refusal";

export interface LightFormOptions<S extends z.ZodType, D extends Draft> {
  /** Prefix of the inputs' ids: `signup` gives `signup-details-message`. */
  idPrefix: string;
  initial: D | (() => D);
  /**
   * From the typed strings to what the schema reads; by default `nestDraft`. It returns `unknown`
   * because the schema is where its shape is checked: a draft is typed text, not yet input.
   */
  toInput?: (draft: D) => unknown;
  placeErrors?: PlaceErrors;
  /** Gets the schema's output; a thrown error's message is shown above the button. */
  onValid: (data: z.output<S>) => Promise<void> | void;
}

/**
 * @example
 * const form = useLightForm(signupFormSchema, { idPrefix: "signup", initial, onValid: register });
 * <form {...form.formProps}>
 *   <LightField {...form.field("email")} label="Email"><input {...form.input("email")} /></LightField>
 * </form>
 */
export function useLightForm<S extends z.ZodType, D extends Draft>(
  schema: S,
  { idPrefix, initial, toInput, placeErrors, onValid }: LightFormOptions<S, D>,
) {
  // db/validation writes English; the messages are put in the reader's language as shown.
  const translate = useValidationText();
  const t = useT();
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [notice, setNotice] = useState("");
  const [isChecked, setIsChecked] = useState(false);
  const [isPending, setIsPending] = useState(false);

  const check = (values: D) =>
    checkDraft(schema, toInput ? toInput(values) : nestDraft(values), placeErrors);

  const change = (key: keyof D & string, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // Once the form has been sent, each change re-checks it, so fixed fields lose their errors.
    if (isChecked) {
      setErrors(check(next).messages);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    const { parsed, messages } = check(draft);
    setErrors(messages);
    if (!parsed.success) {
      return;
    }
    setNotice("");
    setIsPending(true);
    try {
      await onValid(parsed.data);
    } catch (failure) {
      setNotice(failure instanceof Error ? failure.message : t("common.somethingWrong"));
    } finally {
      setIsPending(false);
    }
  };

  /** Shows a PostgREST refusal next to the column it names, or as the form's notice. */
  const showRefusal = (refusal: Refusal) => {
    const found = refusalMessages(refusal);
    setErrors(found.messages);
    setNotice(found.notice ?? "");
  };

  const id = (key: keyof D & string) => `${idPrefix}-${key.replaceAll(".", "-")}`;

  /** Props for the `<input>`, `<select>` or `<textarea>` of one field. */
  const input = (key: keyof D & string) => ({
    id: id(key),
    name: key,
    value: draft[key],
    onChange: (event: { target: { value: string } }) => change(key, event.target.value),
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": describedBy(id(key), errors[key]),
  });

  /** Props for the field's `LightField` frame (its label, help and messages). */
  const field = (key: keyof D & string) => ({
    id: id(key),
    errors: errors[key]?.map(translate),
  });

  return {
    draft,
    errors,
    notice,
    isPending,
    input,
    field,
    showNotice: setNotice,
    showRefusal,
    formProps: { noValidate: true, onSubmit: (event: FormEvent) => void submit(event) },
  };
}
