/** Office hours of the intake sites and the next free appointment slot on Panama's business days. */
package pa.gob.refugio.rules.office;
