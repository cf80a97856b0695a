// Reads an iCalendar text back with an independent parser (ical.js), as a calendar client does.
import ICAL from 'ical.js';

/** One event as a client shows it. */
export interface ReadEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly location: string | null;
  /** `YYYY-MM-DD` for an all-day event, `YYYY-MM-DDTHH:MM:SS` for a timed one. */
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly sequence: number;
  readonly stamp: string;
}

export function readCalendar(text: string): { readonly name: string | null; readonly events: ReadEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const name = root.getFirstPropertyValue('x-wr-calname');
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      sequence: event.sequence,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
  return { name: typeof name === 'string' ? name : null, events };
}
