/**
 * The IANA zones the platform lists for a country ("US" → America/New_York, America/Nome…), or an
 * empty list where it cannot say. `Intl.Locale` has them as a getter on Node 20 and as a method
 * from V8 13 on; some browsers have neither.
 */
export function zonesOfCountry(country: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] | undefined };
    return (typeof locale.getTimeZones === 'function' ? locale.getTimeZones() : locale.timeZones) ?? [];
  } catch {
    return [];
  }
}
