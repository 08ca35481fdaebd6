package pa.gob.refugio.registration.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * One person of the basic family unit. The identity document number and the specific needs are encrypted at rest
 * (service-kit's {@link EncryptedText}); duplicates are searched through keyed hashes ({@code duplicate.SearchKeys}),
 * never on the stored values.
 */
@Entity
@Table(name = "member")
public class Member {

    public static final int AGE_OF_MAJORITY = 18;

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_role")
    private FamilyRole familyRole;
    @Column(name = "given_names")
    private String givenNames;
    @Column(name = "family_names")
    private String familyNames;
    private String sex;
    private String gender;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String nationalities;
    private String languages = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type")
    private IdentityDocumentType idDocumentType;
    @Column(name = "id_document_number")
    @Convert(converter = EncryptedText.class)
    private String idDocumentNumber;
    @Column(name = "id_document_country")
    private String idDocumentCountry;
    @Column(name = "specific_needs")
    @Convert(converter = EncryptedText.class)
    private String specificNeeds = "";
    @Column(name = "responsible_member_id")
    private UUID responsibleMemberId;
    @Column(name = "unaccompanied_child")
    private boolean unaccompaniedChild;
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_status")
    private MemberStatus procedureStatus = MemberStatus.IN_PROCEDURE;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "child_alone")
    private ChildAlone childAlone;
    @Column(name = "data_version")
    private int dataVersion = 1;

    protected Member() {
    }

    Member(Application application, int position, FamilyRole role, String givenNames, String familyNames, String sex,
           LocalDate dateOfBirth, List<String> nationalities) {
        this.id = UUID.randomUUID();
        this.application = application;
        this.position = position;
        this.familyRole = role;
        this.givenNames = givenNames.strip();
        this.familyNames = familyNames.strip();
        this.sex = sex;
        this.dateOfBirth = dateOfBirth;
        this.nationalities = String.join(",", nationalities);
    }

    /** Gender as the person states it, languages spoken (ISO 639 codes) and specific needs. */
    Member describe(String gender, List<String> languages, List<SpecificNeed> needs) {
        this.gender = gender == null || gender.isBlank() ? null : gender.strip();
        this.languages = languages == null ? "" : String.join(",", languages);
        this.specificNeeds = needs == null ? "" : String.join(",", needs.stream().distinct().map(Enum::name).toList());
        return this;
    }

    Member identifiedBy(IdentityDocumentType type, String number, String issuingCountry) {
        this.idDocumentType = type;
        this.idDocumentNumber = number == null ? null : number.strip();
        this.idDocumentCountry = issuingCountry;
        return this;
    }

    void linkTo(Member responsibleAdult) {
        this.responsibleMemberId = responsibleAdult.id;
        this.unaccompaniedChild = false;
    }

    /** A child without a responsible adult in the family, as the officer marked it. */
    void markAlone(ChildAlone how) {
        this.responsibleMemberId = null;
        this.unaccompaniedChild = true;
        this.childAlone = how;
    }

    /** The identity data as it stands (the latest version). */
    public MemberIdentity identity() {
        return new MemberIdentity(givenNames, familyNames, sex, dateOfBirth, nationalities(), idDocumentType,
                idDocumentNumber, idDocumentCountry);
    }

    /** A correction of the identity data: the member holds the new values and its data version grows by one. */
    void correct(MemberIdentity next) {
        this.givenNames = next.givenNames().strip();
        this.familyNames = next.familyNames().strip();
        this.sex = next.sex();
        this.dateOfBirth = next.dateOfBirth();
        this.nationalities = String.join(",", next.nationalities());
        identifiedBy(next.documentType(), next.documentNumber(), next.documentCountry());
        this.dataVersion++;
    }

    /** A corrected date of birth made a child an adult: no responsible adult, no longer a child alone. */
    void becomeAdult() {
        this.responsibleMemberId = null;
        this.unaccompaniedChild = false;
        this.childAlone = null;
    }

    /** The version of the member's identity data: 1 as registered, one more per correction (the member's ETag). */
    public int dataVersion() {
        return dataVersion;
    }

    /** This member's procedure ended ({@code how}); false when it had already ended. */
    boolean end(MemberStatus how, LocalDate on) {
        if (procedureStatus.ended()) {
            return false;
        }
        this.procedureStatus = how;
        this.endedOn = on;
        return true;
    }

    /** A final rejection of this member was reversed (a lapse undone): back in the procedure; false otherwise. */
    boolean resumeAfterReversal() {
        if (procedureStatus != MemberStatus.REJECTED_FINAL) {
            return false;
        }
        this.procedureStatus = MemberStatus.IN_PROCEDURE;
        this.endedOn = null;
        return true;
    }

    public boolean inProcedure() {
        return !procedureStatus.ended();
    }

    public MemberStatus procedureStatus() {
        return procedureStatus;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public boolean isAdultOn(LocalDate day) {
        return isAdult(dateOfBirth, day);
    }

    static boolean isAdult(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears() >= AGE_OF_MAJORITY;
    }

    public UUID id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public int position() {
        return position;
    }

    public FamilyRole familyRole() {
        return familyRole;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyNames() {
        return familyNames;
    }

    public String sex() {
        return sex;
    }

    public String gender() {
        return gender;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public List<String> nationalities() {
        return Arrays.asList(nationalities.split(","));
    }

    public List<String> languages() {
        return split(languages);
    }

    public List<SpecificNeed> specificNeeds() {
        return split(specificNeeds).stream().map(SpecificNeed::valueOf).toList();
    }

    public IdentityDocumentType idDocumentType() {
        return idDocumentType;
    }

    public String idDocumentNumber() {
        return idDocumentNumber;
    }

    public String idDocumentCountry() {
        return idDocumentCountry;
    }

    public UUID responsibleMemberId() {
        return responsibleMemberId;
    }

    /** Unaccompanied or separated (the flag events carry). */
    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    /** How the child alone was marked; null for others (and for children flagged before issue 8: UNACCOMPANIED). */
    public ChildAlone childAlone() {
        return childAlone != null ? childAlone : unaccompaniedChild ? ChildAlone.UNACCOMPANIED : null;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
