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
        boolean readPlaintext = config.getOptionalValue("refugio.crypto.read-plaintext", Boolean.class).orElse(true);
        return new FieldCipher(ring, readPlaintext);
    }

    @Produces
    @Singleton
    EncryptedColumns encryptedColumns(Config config, EntityManagerFactory emf) {
        return EncryptedColumns.mappedIn(emf).and(EncryptedColumns.parse(
                config.getOptionalValues("refugio.crypto.encrypted-columns", String.class).orElse(List.of())));
    }
}
