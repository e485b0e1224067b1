// A company's status in the admin's language: db/status's colours with the dictionary's words,
// for the list's tags and filter, the form's choice and the company page.

import { type CompanyStatus, companyStatuses } from "@db/schema/companies";
import { companyStatusLabels } from "@db/status/companies";
import { type StatusLook, statusOptions } from "@db/status/look";
import { useMemo } from "react";
import { useAdminT } from "../../i18n";

export function useCompanyStatus() {
  const t = useAdminT();
  return useMemo(() => {
    const looks = Object.fromEntries(
      companyStatuses.map((status) => [
        status,
        { ...companyStatusLabels[status], label: t(`admin.companies.status.${status}`) },
      ]),
    ) as Record<CompanyStatus, StatusLook>;
    return { looks, options: statusOptions(companyStatuses, looks) };
  }, [t]);
}
