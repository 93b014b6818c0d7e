import dayjs from 'dayjs';

/** "Mon 3 Mar" */
export function formatDay(date: string): string {
  return dayjs(date).format('ddd D MMM');
}

/** "Monday 3 March 2025" */
export function formatLongDay(date: string): string {
  return dayjs(date).format('dddd D MMMM YYYY');
}

/** "18:30" from a local date-time or a time. */
export function formatTime(dateTimeOrTime: string): string {
  const time = dateTimeOrTime.includes('T') ? dateTimeOrTime.split('T')[1] : dateTimeOrTime;
  return time.slice(0, 5);
}

/** "18:30–20:00" */
export function formatTimeRange(start: string, end: string): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** "7 h 30 min", "45 min", "0 h" */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const absolute = Math.abs(minutes);
  const hours = Math.floor(absolute / 60);
  const rest = absolute % 60;
  if (hours === 0 && rest > 0) {
    return `${sign}${rest} min`;
  }
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}

/** ISO date (YYYY-MM-DD) of a dayjs value. */
export function isoDate(value: dayjs.Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** The dates from `first` to `last` inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = dayjs(first); !day.isAfter(dayjs(last), 'day'); day = day.add(1, 'day')) {
    dates.push(isoDate(day));
  }
  return dates;
}

/** The Monday on or after today. */
export function nextMonday(from: dayjs.Dayjs = dayjs()): string {
  const daysAhead = (8 - from.day()) % 7;
  return isoDate(from.add(daysAhead === 0 ? 0 : daysAhead, 'day'));
}
