package pa.gob.refugio.interview.interviews;

/** An adult's individual interview (one per adult at registration), or an extension interview ONPAR calls later. */
public enum InterviewKind { INDIVIDUAL, EXTENSION }
