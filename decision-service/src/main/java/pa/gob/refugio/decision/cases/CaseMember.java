package pa.gob.refugio.decision.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/** One member of the family as decision-service knows it: an id, a role and an eligibility outcome. */
@Entity
@Table(name = "case_member")
public class CaseMember {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private DecisionCase decisionCase;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_role")
    private FamilyRole familyRole;
    private boolean adult;
    @Enumerated(EnumType.STRING)
    private MemberOutcome outcome;
    @Column(name = "outcome_decision_id")
    private UUID outcomeDecisionId;
    @Column(name = "unaccompanied_child")
    private boolean unaccompaniedChild;
    @Column(name = "specific_needs")
    private boolean specificNeeds;

    protected CaseMember() {
    }

    CaseMember(DecisionCase decisionCase, int position, UUID id, FamilyRole role, boolean adult,
               boolean unaccompaniedChild, boolean specificNeeds) {
        this.unaccompaniedChild = unaccompaniedChild;
        this.specificNeeds = specificNeeds;
        this.id = id;
        this.decisionCase = decisionCase;
        this.position = position;
        this.familyRole = role;
        this.adult = adult;
        this.outcome = MemberOutcome.PENDING;
    }

    void decided(MemberOutcome outcome, UUID decisionId) {
        this.outcome = outcome;
        this.outcomeDecisionId = decisionId;
    }

    void rejectionBecameFinal() {
        this.outcome = MemberOutcome.FINALLY_REJECTED;
    }

    /** A non-admission became final: the member's outcome is that decision, finally. */
    void notAdmittedFinally(UUID decisionId) {
        this.outcome = MemberOutcome.FINALLY_REJECTED;
        this.outcomeDecisionId = decisionId;
    }

    /** The member withdrew or left Panama; false when their procedure had already ended. */
    boolean leave(MemberOutcome how) {
        if (outcome.ended()) {
            return false;
        }
        this.outcome = how;
        return true;
    }

    /** The final rejection was reversed (a lapsed window reinstated): the rejection may be challenged again. */
    void finalRejectionReversed() {
        if (outcome == MemberOutcome.FINALLY_REJECTED) {
            this.outcome = MemberOutcome.REJECTED;
        }
    }

    /** The end of this recognised member's status became final; the outcome decision stays the recognition. */
    void statusEndedFinally() {
        if (outcome != MemberOutcome.RECOGNIZED) {
            throw new IllegalStateException("Member " + id + " is " + outcome + ", not recognised");
        }
        this.outcome = MemberOutcome.STATUS_ENDED;
    }

    /** The end of this member's status was annulled by the Third Chamber: the recognition is in force again. */
    void statusRestored() {
        if (outcome == MemberOutcome.STATUS_ENDED) {
            this.outcome = MemberOutcome.RECOGNIZED;
        }
    }

    /** The final negative decision on this member was annulled: the member waits for a decision again. */
    void reopened() {
        if (outcome == MemberOutcome.FINALLY_REJECTED) {
            this.outcome = MemberOutcome.PENDING;
            this.outcomeDecisionId = null;
        }
    }

    public UUID id() {
        return id;
    }

    public FamilyRole familyRole() {
        return familyRole;
    }

    public boolean adult() {
        return adult;
    }

    public MemberOutcome outcome() {
        return outcome;
    }

    public UUID outcomeDecisionId() {
        return outcomeDecisionId;
    }
}
