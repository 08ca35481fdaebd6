package pa.gob.refugio.decision.cases;

/** How a resolution reached the applicant. */
public enum NotificationChannel {
    IN_PERSON, EMAIL, POSTAL, LEGAL_REPRESENTATIVE
}
