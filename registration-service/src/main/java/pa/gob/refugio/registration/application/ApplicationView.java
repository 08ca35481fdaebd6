package pa.gob.refugio.registration.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/** An application as ONPAR reads it back. */
public record ApplicationView(UUID caseId, String caseNumber, String status, String intakeSite, LocalDate entryDate,
                              LocalDate filedOn, LocalDate filingLastDay, boolean outOfTime,
                              String lateFilingJustification, List<MemberView> members) {

    public record MemberView(UUID memberId, FamilyRole role, String givenNames, String familyNames, String sex,
                             LocalDate dateOfBirth, List<String> nationalities, UUID responsibleMemberId,
                             boolean unaccompaniedChild) {
    }

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id(), a.caseNumber(), a.status().name(), a.intakeSite(), a.entryDate(),
                a.filedOn(), a.filingLastDay(), a.outOfTime(), a.lateJustification(),
                a.members().stream().map(m -> new MemberView(m.id(), m.familyRole(), m.givenNames(), m.familyNames(),
                        m.sex(), m.dateOfBirth(), m.nationalities(), m.responsibleMemberId(),
                        m.unaccompaniedChild())).toList());
    }
}
