// The project form's one rule across two fields: the due date is not before the start date.
import { datesInOrder, datesMessage } from "@db/validation/projects";

/**
 * The database refuses a due date before the start date (`projects_dates_order`); the form says
 * so next to the due date as soon as both are picked, by db/validation's own rule.
 */
export function isDueBeforeStart(
  start: string | null | undefined,
  due: string | null | undefined,
): boolean {
  return !datesInOrder({ start_date: start, due_date: due });
}

/** The message db/validation's project schemas give for that case. */
export const dueBeforeStartMessage = datesMessage.error;
