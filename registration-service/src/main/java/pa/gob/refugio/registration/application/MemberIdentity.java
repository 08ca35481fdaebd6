package pa.gob.refugio.registration.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The identity data of a member that a correction may change: names, sex, date of birth, nationalities and identity
 * document. Kept per version ({@code amendment.MemberVersion}, encrypted at rest); the member holds the latest.
 */
public record MemberIdentity(String givenNames, String familyNames, String sex, LocalDate dateOfBirth,
                             List<String> nationalities, IdentityDocumentType documentType, String documentNumber,
                             String documentCountry) {

    /** The field names a correction may name (and {@code MemberDataCorrected.fieldsChanged} carries). */
    public static final List<String> FIELDS = List.of("givenNames", "familyNames", "sex", "dateOfBirth",
            "nationalities", "identityDocument");

    public MemberIdentity {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    }

    /** The names of the fields whose value differs from {@code before}, in {@link #FIELDS} order. */
    public List<String> changedSince(MemberIdentity before) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(givenNames, before.givenNames)) {
            changed.add("givenNames");
        }
        if (!Objects.equals(familyNames, before.familyNames)) {
            changed.add("familyNames");
        }
        if (!Objects.equals(sex, before.sex)) {
            changed.add("sex");
        }
        if (!Objects.equals(dateOfBirth, before.dateOfBirth)) {
            changed.add("dateOfBirth");
        }
        if (!nationalities.equals(before.nationalities)) {
            changed.add("nationalities");
        }
        if (documentType != before.documentType || !Objects.equals(documentNumber, before.documentNumber)
                || !Objects.equals(documentCountry, before.documentCountry)) {
            changed.add("identityDocument");
        }
        return changed;
    }
}
