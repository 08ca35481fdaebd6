package pa.gob.refugio.decision.ending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured grounds of cessation, cancellation and revocation (refugio.status-end.grounds-file, else the default). */
@ApplicationScoped
public class StatusEndGroundsProducer {

    @Produces
    @ApplicationScoped
    StatusEndGrounds grounds(@ConfigProperty(name = "refugio.status-end.grounds-file") Optional<String> file) {
        return StatusEndGrounds.load(file);
    }
}
