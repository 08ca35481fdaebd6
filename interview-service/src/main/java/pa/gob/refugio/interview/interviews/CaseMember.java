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

    protected CaseMember() {
    }

    CaseMember(UUID memberId, boolean adult) {
        this.memberId = memberId;
        this.adult = adult;
    }

    public UUID memberId() {
        return memberId;
    }

    public boolean adult() {
        return adult;
    }
}
