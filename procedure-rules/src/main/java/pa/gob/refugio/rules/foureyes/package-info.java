/**
 * The four-eyes rule on legal dates: a decision, notification, filing or paper receipt dated further back than a
 * configured number of business days has no effect until a second officer (another user) confirms it, so that no
 * single officer can open a window that is already over, or make a rejection final, by back-dating.
 */
package pa.gob.refugio.rules.foureyes;
