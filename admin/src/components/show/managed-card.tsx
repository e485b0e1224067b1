// A card of related rows with the forms that add them above, the forms shown only to those
// Refine's access control lets create in that resource (mirroring RLS), each followed by a rule.
import { CanAccess } from "@refinedev/core";
import { Card, Divider } from "antd";
import { Fragment, type ReactElement, type ReactNode } from "react";

interface ManagedCardProps {
  title: string;
  /** The resource the forms create rows in. */
  resource: string;
  forms: readonly ReactElement[];
  /** The rows themselves. */
  children: ReactNode;
}

/** @example <ManagedCard title="Access" resource="beta_access" forms={[<GrantAccessForm … />]}><GrantList … /></ManagedCard> */
export function ManagedCard({ title, resource, forms, children }: ManagedCardProps) {
  return (
    <Card title={title} size="small">
      <CanAccess resource={resource} action="create">
        {forms.map((form) => (
          <Fragment key={form.key}>
            {form}
            <Divider />
          </Fragment>
        ))}
      </CanAccess>
      {children}
    </Card>
  );
}
