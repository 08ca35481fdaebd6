/**
 * Legal deadlines of the procedure (filing, reconsideration, appeal) that carry the explanation of how
 * they were computed.
 */
package pa.gob.refugio.rules.deadline;
