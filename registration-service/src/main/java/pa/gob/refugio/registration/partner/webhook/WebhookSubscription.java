package pa.gob.refugio.registration.partner.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * A partner's webhook: where its referral status changes are sent and the secret they are signed with. The secret is
 * shown to the partner once, when it subscribes, and stored encrypted (decrypted only to sign a delivery); a deleted
 * subscription receives nothing more and is no longer visible.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;
    private String partner;
    private String url;
    private String description;
    @Convert(converter = EncryptedText.class)
    private String secret;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected WebhookSubscription() {
    }

    static WebhookSubscription create(String partner, String url, String description, String createdBy,
                                      Instant now) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.partner = partner;
        s.url = url.strip();
        s.description = description == null || description.isBlank() ? null : description.strip();
        s.secret = WebhookSignature.newSecret();
        s.createdBy = createdBy;
        s.createdAt = now;
        return s;
    }

    /** Stops deliveries to this destination; the subscription disappears from the partner's view. */
    void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    public boolean active() {
        return deletedAt == null;
    }

    public boolean ownedBy(String institution) {
        return partner.equals(institution);
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
