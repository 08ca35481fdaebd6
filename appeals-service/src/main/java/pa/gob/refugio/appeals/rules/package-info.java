/**
 * The challenge rules in plain Java (no framework): the state machines of windows, reconsiderations and appeals,
 * whether a filing is in time, when a window lapses, when the administrative route is exhausted, and the case
 * summary sent to the Ministry. Deadlines themselves come from {@code pa.gob.refugio.rules.deadline.Deadlines}.
 */
package pa.gob.refugio.appeals.rules;
