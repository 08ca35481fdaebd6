/**
 * The validity of every document Refugio issues (asylum-seeker certificate, provisional ID, refugee document) and of
 * the renewals and extensions that add a period to it: one arithmetic,
 * {@link pa.gob.refugio.rules.validity.DocumentValidity}.
 */
package pa.gob.refugio.rules.validity;
