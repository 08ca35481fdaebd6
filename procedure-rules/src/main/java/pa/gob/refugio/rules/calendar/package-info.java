/**
 * Panama's business-day calendar: Monday to Friday except the national holidays of the Labour Code
 * (arts. 46–47), the optional Flag Day (4 November) and one-off closures decreed by the Executive.
 */
package pa.gob.refugio.rules.calendar;
