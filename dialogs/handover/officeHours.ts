import Holidays from 'date-holidays';

export interface OfficeHoursSettings {
  /** "mon-fri 09:00-17:00", several parts with ";", or "always" / "never". */
  hours: string;
  timeZone: string;
  /** A date-holidays country (or country.state) code whose public holidays close the centre, or "none". */
  holidays?: string;
  /** Extra closed days, "YYYY-MM-DD" in the local time zone. */
  closedDates?: string[];
}

type Weekly = [number, number][][];

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const PART = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const LOOKAHEAD_DAYS = 30;

/**
 * When agents chat: weekly hours in the contact centre's time zone, closed on
 * public holidays (date-holidays, type "public" only) and configured dates.
 * Local times come from Intl, so daylight-saving changes are handled.
 */
export class OfficeHours {
  private readonly weekly: Weekly;
  private readonly calendar?: Holidays;
  private readonly closedDates: Set<string>;
  private readonly local: Intl.DateTimeFormat;
  private readonly holidayCache = new Map<number, Map<string, string>>();

  constructor(settings: OfficeHoursSettings) {
    this.weekly = parseOpeningHours(settings.hours);
    this.local = localFormat(settings.timeZone);
    const code = settings.holidays?.trim();
    if (code && code.toLowerCase() !== 'none') {
      const [country, state] = code.split('.');
      const calendar = new Holidays();
      if (!country || !(country.toUpperCase() in calendar.getCountries()))
        throw new Error(`unknown holiday calendar "${code}" (use a country code such as NL or BE, or "none")`);
      calendar.init(country, state);
      this.calendar = calendar;
    }
    this.closedDates = new Set(settings.closedDates ?? []);
  }

  isOpen(at: Date): boolean {
    return this.closedReason(at) === undefined;
  }

  closedReason(at: Date): 'holiday' | 'outside-hours' | undefined {
    const local = this.localTime(at);
    if (this.closedDates.has(local.date) || this.holidayOn(local.date)) return 'holiday';
    const minute = local.hour * 60 + local.minute;
    return this.weekly[local.weekday]?.some(([start, end]) => minute >= start && minute < end) ? undefined : 'outside-hours';
  }

  holidayName(at: Date): string | undefined {
    return this.holidayOn(this.localTime(at).date);
  }

  /** The first moment at or after `at` when the centre is open (minute precision), within 30 days. */
  nextOpening(at: Date): Date | undefined {
    if (this.weekly.every((ranges) => ranges.length === 0)) return undefined;
    if (this.isOpen(at)) return at;
    // Quarter-hour steps find the opening quickly; then back up minute by minute to its exact start.
    const quarter = 15 * 60_000;
    const first = Math.ceil(at.getTime() / quarter) * quarter;
    for (let time = first; time <= at.getTime() + LOOKAHEAD_DAYS * 86_400_000; time += quarter) {
      if (!this.isOpen(new Date(time))) continue;
      let start = time;
      while (start - 60_000 > at.getTime() && this.isOpen(new Date(start - 60_000))) start -= 60_000;
      return new Date(start);
    }
    return undefined;
  }

  private holidayOn(date: string): string | undefined {
    if (!this.calendar) return undefined;
    const year = Number(date.slice(0, 4));
    let days = this.holidayCache.get(year);
    if (!days) {
      days = new Map(
        this.calendar
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
      );
      this.holidayCache.set(year, days);
    }
    return days.get(date);
  }

  private localTime(at: Date): { date: string; weekday: number; hour: number; minute: number } {
    const parts = Object.fromEntries(this.local.formatToParts(at).map((part) => [part.type, part.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      weekday: DAYS.indexOf(String(parts.weekday).toLowerCase().slice(0, 3)),
      hour: Number(parts.hour) % 24,
      minute: Number(parts.minute),
    };
  }
}

export function parseOpeningHours(spec: string): Weekly {
  const weekly: Weekly = DAYS.map(() => []);
  const text = spec.trim().toLowerCase();
  if (text === 'never') return weekly;
  if (text === 'always') return weekly.map(() => [[0, 1440]]);
  for (const part of text
    .split(';')
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const match = PART.exec(part);
    if (!match) throw new Error(`opening hours "${part}" must look like "mon-fri 09:00-17:00"`);
    const [, from, to, h1, m1, h2, m2] = match;
    const first = DAYS.indexOf(from ?? '');
    const last = DAYS.indexOf(to ?? from ?? '');
    if (first < 0 || last < 0) throw new Error(`unknown day in "${part}" (use mon, tue, wed, thu, fri, sat, sun)`);
    const start = Number(h1) * 60 + Number(m1);
    const end = Number(h2) * 60 + Number(m2);
    if (Number(m1) > 59 || Number(m2) > 59 || end > 1440 || start >= end) throw new Error(`"${part}": the end must come after the start, within one day`);
    for (let day = first; ; day = (day + 1) % 7) {
      weekly[day]?.push([start, end]);
      if (day === last) break;
    }
  }
  return weekly;
}

/** The hours in words, for citizens: "maandag tot en met vrijdag van 09.00 tot 17.00 uur". */
export function describeHours(spec: string, lang: 'nl' | 'en'): string {
  const text = spec.trim().toLowerCase();
  if (text === 'always') return lang === 'nl' ? 'altijd' : 'at any time';
  if (text === 'never') return lang === 'nl' ? 'op dit moment niet' : 'not at the moment';
  const names =
    lang === 'nl'
      ? ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
      : ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return text
    .split(';')
    .map((part) => PART.exec(part.trim()))
    .filter((match): match is RegExpExecArray => !!match)
    .map(([, from, to, h1, m1, h2, m2]) => {
      const days = to
        ? `${names[DAYS.indexOf(from ?? '')]} ${lang === 'nl' ? 'tot en met' : 'to'} ${names[DAYS.indexOf(to)]}`
        : names[DAYS.indexOf(from ?? '')];
      return lang === 'nl' ? `${days} van ${h1}.${m1} tot ${h2}.${m2} uur` : `${days}, ${Number(h1)}:${m1} to ${Number(h2)}:${m2}`;
    })
    .join(lang === 'nl' ? ' en ' : '; ');
}

function localFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    throw new Error(`unknown time zone "${timeZone}" (use an IANA name such as Europe/Amsterdam)`);
  }
}
