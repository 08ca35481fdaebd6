package pa.gob.refugio.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The services' secret keys on a developer's machine (duplicate-search key, certificate QR key, the AES-256 key that
 * encrypts sensitive fields at rest), generated at first start beside the signing key and never committed. In
 * production they come from the environment. To rotate the local encryption key, add {@code REFUGIO_CRYPTO_KEYS_LOCAL2}
 * to the file and set {@code REFUGIO_CRYPTO_ACTIVE_KEY=local2}; every {@code REFUGIO_CRYPTO_KEYS_*} in it is passed on.
 */
final class LocalSecrets {

    private static final List<String> KEYS = List.of("REFUGIO_REGISTRATION_SEARCH_KEY",
            "REFUGIO_REGISTRATION_CERTIFICATE_KEY", "REFUGIO_CRYPTO_KEYS_LOCAL1");
    private static final String CRYPTO_KEYS = "REFUGIO_CRYPTO_KEYS_";
    private static final String ACTIVE_CRYPTO_KEY = "REFUGIO_CRYPTO_ACTIVE_KEY";
    /**
     * The Ed25519 keys (PKCS#8, base64) that sign printed QR codes, each with its key id ({@code _ID}): documents-service's
     * and (issue 13) registration-service's.
     */
    private static final List<String> SIGNING_KEYS = List.of("REFUGIO_DOCUMENTS_SIGNING_KEY",
            "REFUGIO_REGISTRATION_SIGNING_KEY");

    static Map<String, String> loadOrCreate(Path directory) {
        Path file = directory.resolve("service-secrets.properties");
        try {
            Files.createDirectories(directory);
            Properties secrets = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    secrets.load(in);
                }
            }
            boolean changed = false;
            SecureRandom random = new SecureRandom();
            for (String key : KEYS) {
                if (secrets.getProperty(key) == null) {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    secrets.setProperty(key, Base64.getEncoder().encodeToString(bytes));
                    changed = true;
                }
            }
            for (String signingKey : SIGNING_KEYS) {
                if (secrets.getProperty(signingKey) == null) {
                    secrets.setProperty(signingKey, Base64.getEncoder().encodeToString(java.security.KeyPairGenerator
                            .getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded()));
                    secrets.setProperty(signingKey + "_ID", "local1");
                    changed = true;
                }
            }
            if (secrets.getProperty(ACTIVE_CRYPTO_KEY) == null) {
                secrets.setProperty(ACTIVE_CRYPTO_KEY, "local1");
                changed = true;
            }
            if (changed) {
                try (Writer out = Files.newBufferedWriter(file)) {
                    secrets.store(out, "Refugio local secrets: never commit");
                }
            }
            Map<String, String> env = new LinkedHashMap<>();
            KEYS.forEach(k -> env.put(k, secrets.getProperty(k)));
            secrets.stringPropertyNames().stream().filter(k -> k.startsWith(CRYPTO_KEYS)).sorted()
                    .forEach(k -> env.put(k, secrets.getProperty(k)));
            env.put(ACTIVE_CRYPTO_KEY, secrets.getProperty(ACTIVE_CRYPTO_KEY));
            for (String signingKey : SIGNING_KEYS) {
                env.put(signingKey, secrets.getProperty(signingKey));
                env.put(signingKey + "_ID", secrets.getProperty(signingKey + "_ID", "local1"));
            }
            return env;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write " + file, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    private LocalSecrets() {
    }
}
