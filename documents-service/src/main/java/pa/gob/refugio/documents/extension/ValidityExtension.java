package pa.gob.refugio.documents.extension;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.DocumentKind;

/** A bulk extension of validity ordered by a resolution, recorded with its reference. */
@Entity
@Table(name = "validity_extension")
public class ValidityExtension {

    @Id
    private UUID id;
    private String resolution;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "expiring_from")
    private LocalDate expiringFrom;
    @Column(name = "expiring_before")
    private LocalDate expiringBefore;
    @Column(name = "extend_until")
    private LocalDate extendUntil;
    @Column(name = "extend_by_months")
    private Integer extendByMonths;
    @Column(name = "documents_extended")
    private int documentsExtended;
    @Column(name = "applied_on")
    private LocalDate appliedOn;
    @Column(name = "applied_by")
    private String appliedBy;
    @Column(name = "applied_at")
    private Instant appliedAt;

    protected ValidityExtension() {
    }

    ValidityExtension(String resolution, DocumentKind kind, LocalDate expiringFrom, LocalDate expiringBefore,
                      LocalDate extendUntil, Integer extendByMonths, LocalDate appliedOn, String appliedBy,
                      Instant appliedAt) {
        this.id = UUID.randomUUID();
        this.resolution = resolution;
        this.kind = kind;
        this.expiringFrom = expiringFrom;
        this.expiringBefore = expiringBefore;
        this.extendUntil = extendUntil;
        this.extendByMonths = extendByMonths;
        this.appliedOn = appliedOn;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
    }

    void extended(int count) {
        documentsExtended = count;
    }

    public UUID id() {
        return id;
    }

    public String resolution() {
        return resolution;
    }

    public DocumentKind kind() {
        return kind;
    }

    public LocalDate expiringFrom() {
        return expiringFrom;
    }

    public LocalDate expiringBefore() {
        return expiringBefore;
    }

    public LocalDate extendUntil() {
        return extendUntil;
    }

    public Integer extendByMonths() {
        return extendByMonths;
    }

    public int documentsExtended() {
        return documentsExtended;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }
}
