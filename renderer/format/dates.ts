const MONTH_DAY_YEAR = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_YEAR = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const ADDED = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A publication date as precise as it is known: "16 Mar 2021", "Mar 2021", "2021". */
export function formatPartialDate(value: string | null): string {
  if (value === null || value === '') return '';
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day === undefined ? MONTH_YEAR.format(date) : MONTH_DAY_YEAR.format(date);
}

/** When an article was added, in the user's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ADDED.format(date);
}

const WORDS = new Intl.NumberFormat();

export function formatWords(count: number): string {
  return `${WORDS.format(count)} ${count === 1 ? 'word' : 'words'}`;
}
