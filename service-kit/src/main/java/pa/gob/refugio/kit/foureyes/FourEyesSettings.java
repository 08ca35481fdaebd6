package pa.gob.refugio.kit.foureyes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The four-eyes rule on back-dated legal dates ({@code refugio.four-eyes.*}): how many business days back an officer
 * may date a decision, notification, filing or paper receipt alone.
 */
@ConfigMapping(prefix = "refugio.four-eyes")
public interface FourEyesSettings {

    /** Business days back that take effect at once; a date further back waits for a second officer. */
    @WithDefault("2")
    int backDatedBusinessDays();
}
