package pa.gob.refugio.kit.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/** The key ring, the cipher and the column registry, from configuration (see the package documentation). */
@ApplicationScoped
public class CryptoProducer {

    @Produces
    @Singleton
    FieldCipher fieldCipher(Config config) {
        KeyRing ring = KeyRing.fromConfiguration(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        // refugio.crypto.read-plaintext: the former name of the setting, still honoured when set
        boolean allowPlaintext = config.getOptionalValue("refugio.crypto.allow-plaintext", Boolean.class)
                .or(() -> config.getOptionalValue("refugio.crypto.read-plaintext", Boolean.class)).orElse(false);
        return new FieldCipher(ring, allowPlaintext);
    }

    @Produces
    @Singleton
    EncryptedColumns encryptedColumns(Config config, EntityManagerFactory emf) {
        return EncryptedColumns.mappedIn(emf).and(EncryptedColumns.parse(
                config.getOptionalValues("refugio.crypto.encrypted-columns", String.class).orElse(List.of())));
    }
}
