package pa.gob.refugio.registration.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file is, judged by its first bytes (never by the declared content type), and whether it is
 * allowed for its purpose: a photograph is JPEG or PNG; a copy of an identity document is PDF, JPEG or PNG.
 */
public final class UploadRules {

    public enum FileKind {
        PHOTO(Set.of("image/jpeg", "image/png")),
        IDENTITY_DOCUMENT_COPY(Set.of("application/pdf", "image/jpeg", "image/png"));

        private final Set<String> allowed;

        FileKind(Set<String> allowed) {
            this.allowed = allowed;
        }

        public Set<String> allowed() {
            return allowed;
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private UploadRules() {
    }

    /** The media type the content really is, from its magic bytes; empty when it is none we know. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** The accepted media type of {@code content} for {@code kind}; empty when the type is not allowed. */
    public static Optional<String> acceptedType(FileKind kind, byte[] content) {
        return sniff(content).filter(kind.allowed()::contains);
    }

    public static boolean tooLarge(byte[] content, long maxBytes) {
        return content.length > maxBytes;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
