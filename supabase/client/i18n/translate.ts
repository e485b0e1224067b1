// Looks a dotted key up in a dictionary and fills its `{name}` placeholders: the whole engine
// behind the i18nProvider, pure so the unit tests read it without React.

/** A dictionary: nested groups whose leaves are strings. */
export interface Dictionary {
  readonly [key: string]: string | Dictionary;
}

/** The same shape with every leaf widened to `string`: what a translation must match. */
export type Translated<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translated<T[K]>;
};

/** Every dotted path to a leaf: `"status.title"`, `"statuses.project.active"`. */
export type LeafPath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPath<T[K]>}`;
}[keyof T & string];

/** Values for the `{name}` placeholders of a message. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * The message at `key`, or undefined when the dictionary has none.
 * @example lookUp({ a: { b: "Hi" } }, "a.b") // "Hi"
 */
export function lookUp(dictionary: Dictionary, key: string): string | undefined {
  let node: string | Dictionary | undefined = dictionary;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * Fills `{name}` placeholders; one without a value stays as written, so a gap shows in review.
 * @example interpolate("Hello, {name}", { name: "Ada" }) // "Hello, Ada"
 */
export function interpolate(message: string, params?: Params): string {
  if (!params) {
    return message;
  }
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every dotted leaf path of a dictionary, for the tests that compare two languages. */
export function leafPaths(dictionary: Dictionary, prefix = ""): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}
