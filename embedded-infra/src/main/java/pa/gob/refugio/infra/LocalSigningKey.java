package pa.gob.refugio.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs tokens on a developer's machine and in tests. Generated on first use, kept beside
 * the local data (never committed). Production verifies tokens from a real OIDC issuer instead.
 */
public final class LocalSigningKey {

    public static final String ISSUER = "https://refugio.local/issuer";
    /** The audience its tokens carry ({@code aud}), the services' default {@code REFUGIO_JWT_AUDIENCE}. */
    public static final String AUDIENCE = TokenMinter.AUDIENCE;
    /** The key id ({@code kid}) its tokens carry. */
    public static final String KEY_ID = TokenMinter.KEY_ID;
    private static final String PRIVATE_FILE = "signing-key.pem";
    private static final String PUBLIC_FILE = "signing-key.pub.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicKeyFile;

    private LocalSigningKey(PrivateKey privateKey, PublicKey publicKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Loads the key pair from {@code directory}, generating it there at first use. */
    public static LocalSigningKey loadOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve(PRIVATE_FILE);
            Path publicFile = directory.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyPair pair = generate();
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey priv = rsa.generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateFile))));
            PublicKey pub = rsa.generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicFile))));
            return new LocalSigningKey(priv, pub, publicFile);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load or create the local signing key in " + directory, e);
        }
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key in PEM, as {@code mp.jwt.verify.publickey} accepts it. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** Where the public key is, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** Mints tokens of the local issuer for the default audience; keep their lifetime within 1 h (the services' maximum). */
    public TokenMinter minter() {
        return new TokenMinter(privateKey, ISSUER, AUDIENCE);
    }
}
