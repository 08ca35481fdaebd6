package pa.gob.refugio.interview.interviews;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One member of the family unit as registration-service announced it: an id and whether an adult, nothing more. */
@Embeddable
public class CaseMember {

    @Column(name = "member_id")
    private UUID memberId;
    private boolean adult;
    @Column(name = "left_procedure")
    private boolean leftProcedure;

    protected CaseMember() {
    }

    CaseMember(UUID memberId, boolean adult) {
        this.memberId = memberId;
        this.adult = adult;
    }

    public UUID memberId() {
        return memberId;
    }

    /** The member withdrew or left Panama: no interview of theirs is needed any more. */
    public boolean leftProcedure() {
        return leftProcedure;
    }

    void leave() {
        this.leftProcedure = true;
    }

    public boolean adult() {
        return adult;
    }
}
