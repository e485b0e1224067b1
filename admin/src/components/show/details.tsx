// A record's fields as a bordered label/value table, a missing value shown as the grey dash.
import { Descriptions } from "antd";
import type { ReactNode } from "react";
import { orDash } from "./values";

/** A label, what it shows, and how many columns it spans (1 by default). */
export type Detail = readonly [label: string, value: ReactNode, span?: number];

interface DetailsProps {
  items: readonly (Detail | false | null)[];
  /** Two columns on wide screens, for a record with many short fields. */
  isWide?: boolean;
  size?: "middle" | "small";
}

/**
 * A `false` or `null` item is left out, for a field only some records have.
 * @example <Details items={[["Industry", company.industry], ["Website", <UrlField … />]]} />
 */
export function Details({ items, isWide = false, size = "middle" }: DetailsProps) {
  return (
    <Descriptions
      column={isWide ? { xs: 1, md: 2 } : 1}
      bordered
      size={size}
      items={items.flatMap((item) =>
        item
          ? [{ key: item[0], label: item[0], children: orDash(item[1]), span: item[2] ?? 1 }]
          : [],
      )}
    />
  );
}
