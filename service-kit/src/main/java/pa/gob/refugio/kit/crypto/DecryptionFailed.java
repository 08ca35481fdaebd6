package pa.gob.refugio.kit.crypto;

/**
 * A stored value could not be decrypted: altered, written with a key the ring does not hold, or malformed. It is
 * never answered with the damaged value; the message names the key id, never the value.
 */
public class DecryptionFailed extends IllegalStateException {

    public DecryptionFailed(String message) {
        super(message);
    }

    public DecryptionFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
