package pa.gob.refugio.documents.document;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The validity periods, from configuration. */
public class ValidityRulesProducer {

    @Produces
    @Singleton
    ValidityRules validityRules(
            @ConfigProperty(name = "refugio.documents.provisional-months", defaultValue = "6") int provisionalMonths,
            @ConfigProperty(name = "refugio.documents.refugee-months", defaultValue = "12") int refugeeMonths) {
        return new ValidityRules(provisionalMonths, refugeeMonths);
    }
}
