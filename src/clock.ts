// "Today" for defaults such as the day of a registration step: the calendar day in Bishkek
// (UTC+6), where the Agency works, not the server's zone. Domain code takes dates as parameters.
const BISHKEK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInBishkek(now: Date = new Date()): string {
  return BISHKEK_DAY.format(now);
}
