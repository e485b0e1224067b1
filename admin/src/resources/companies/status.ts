// How a company's status reads in the admin.
import { type CompanyStatus, companyStatuses } from "@db/schema/companies";

export const companyStatusLabels: Record<CompanyStatus, { label: string; color: string }> = {
  lead: { label: "Lead", color: "gold" },
  active: { label: "Active", color: "green" },
  churned: { label: "Churned", color: "default" },
};

export const companyStatusOptions = companyStatuses.map((value) => ({
  value,
  label: companyStatusLabels[value].label,
}));
