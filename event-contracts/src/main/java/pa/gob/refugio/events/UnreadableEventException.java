package pa.gob.refugio.events;

/** A record that can never be processed, whatever the retries: it belongs in the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
