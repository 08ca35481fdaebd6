package pa.gob.refugio.registration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/** An application as ONPAR reads it back. */
public record ApplicationView(UUID caseId, String caseNumber, String status, String intakeSite, LocalDate entryDate,
                              LocalDate filedOn, LocalDate filingLastDay, boolean outOfTime,
                              String lateFilingJustification, List<MemberView> members,
                              boolean priority, String placeOfEntry, String groundsStated, BriefingView briefing,
                              RegistrationInterview registrationInterview, LocalDate endedOn, String endNote) {

    public record MemberView(UUID memberId, FamilyRole role, String givenNames, String familyNames, String sex,
                             LocalDate dateOfBirth, List<String> nationalities, UUID responsibleMemberId,
                             boolean unaccompaniedChild, String gender, List<String> languages,
                             IdentityDocumentView identityDocument, List<SpecificNeed> specificNeeds,
                             MemberStatus status, LocalDate endedOn, ChildAlone childAlone,
                             int dataVersion) {
    }

    public record IdentityDocumentView(IdentityDocumentType type, String number, String issuingCountry) {
    }

    public record BriefingView(String language, Instant at, String officer) {
    }

    /** The registration interview booked by registration-service before issue 8 (older cases only). */
    public record RegistrationInterview(LocalDateTime scheduledAt, String site) {
    }

    /**
     * Who sets the interview dates: interview-service alone (one booking ledger per office). The dates arrive as
     * {@code InterviewScheduled} in the case status and timeline; a full site puts the case on interview-service's
     * waiting list ({@code CaseWaitlisted}) until capacity allows, children alone first.
     */
    public record InterviewScheduling(String site, String scheduledBy, String note) {

        static InterviewScheduling byInterviewService(String site) {
            return new InterviewScheduling(site, "interview-service",
                    "The interview dates are set by interview-service and appear in the case status "
                            + "(GET /api/v1/applications/{caseId}/status) as soon as they are booked");
        }
    }

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id(), a.caseNumber(), a.status().name(), a.intakeSite(), a.entryDate(),
                a.filedOn(), a.filingLastDay(), a.outOfTime(), a.lateJustification(),
                a.members().stream().map(m -> new MemberView(m.id(), m.familyRole(), m.givenNames(), m.familyNames(),
                        m.sex(), m.dateOfBirth(), m.nationalities(), m.responsibleMemberId(),
                        m.unaccompaniedChild(), m.gender(), m.languages(),
                        m.idDocumentType() == null ? null : new IdentityDocumentView(m.idDocumentType(),
                                m.idDocumentNumber(), m.idDocumentCountry()),
                        m.specificNeeds(), m.procedureStatus(), m.endedOn(), m.childAlone(),
                        m.dataVersion())).toList(),
                a.priority(), a.placeOfEntry(), a.groundsStated(),
                a.briefingLanguage() == null ? null
                        : new BriefingView(a.briefingLanguage(), a.briefingAt(), a.briefingOfficer()),
                a.interviewAt() == null ? null : new RegistrationInterview(a.interviewAt(), a.interviewSite()),
                a.endedOn(), a.endNote());
    }
}
