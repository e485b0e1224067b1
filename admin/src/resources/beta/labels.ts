// How a product's status reads in the admin, in the order a product moves through them.
import { type ProductStatus, productStatuses } from "@db/schema/beta";

interface Look {
  label: string;
  color: string;
}

export const productStatusLabels: Record<ProductStatus, Look> = {
  draft: { label: "Draft", color: "default" },
  beta: { label: "In beta", color: "blue" },
  released: { label: "Released", color: "green" },
  retired: { label: "Retired", color: "orange" },
};

export const productStatusOptions = productStatuses.map((value) => ({
  value,
  label: productStatusLabels[value].label,
}));
