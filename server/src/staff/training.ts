import { addCalendarMonths } from '../common/calendar.js';

/** Training is current for `validMonths` calendar months from the day it was completed. */
export function trainingValidUntil(completedAt: Date, validMonths: number): Date {
  return addCalendarMonths(completedAt, validMonths);
}

export function trainingCurrent(staff: { trainingCompletedAt: Date | null }, now: Date, validMonths: number): boolean {
  const at = staff.trainingCompletedAt;
  return !!at && at <= now && now < trainingValidUntil(at, validMonths);
}
