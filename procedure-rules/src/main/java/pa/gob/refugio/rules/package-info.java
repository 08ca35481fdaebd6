/**
 * Plain-Java rules of Panama's asylum procedure, free of any framework so that every service (and the
 * tests) can use them directly:
 * <ul>
 *   <li>{@link pa.gob.refugio.rules.calendar} — Panama's business-day calendar (national holidays,
 *       the 4 November option, one-off closures with their legal source);</li>
 *   <li>{@link pa.gob.refugio.rules.deadline} — legal deadlines that explain how they were computed;</li>
 *   <li>{@link pa.gob.refugio.rules.office} — office hours and the next free appointment slot;</li>
 *   <li>{@link pa.gob.refugio.rules.validity} — the last day of validity of every document (months counted from
 *       date to date, renewals without a gap).</li>
 * </ul>
 */
package pa.gob.refugio.rules;
