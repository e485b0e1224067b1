// How a client company's status reads.
import { type CompanyStatus, companyStatuses } from "../schema/companies";
import { type StatusLook, statusOptions } from "./look";

export const companyStatusLabels: Record<CompanyStatus, StatusLook> = {
  lead: { label: "Lead", color: "gold" },
  active: { label: "Active", color: "green" },
  churned: { label: "Churned", color: "default" },
};

export const companyStatusOptions = statusOptions(companyStatuses, companyStatusLabels);
