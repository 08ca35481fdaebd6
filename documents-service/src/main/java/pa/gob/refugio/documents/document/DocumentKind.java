package pa.gob.refugio.documents.document;

/** What SNM issues: the asylum seeker's provisional ID (carné de solicitante) or the refugee document. */
public enum DocumentKind {
    PROVISIONAL_ID("SP"), REFUGEE_DOCUMENT("RF");

    private final String numberPrefix;

    DocumentKind(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }
}
