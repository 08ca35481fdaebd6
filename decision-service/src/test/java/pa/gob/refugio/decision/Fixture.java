package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** Cases fed through the real broker, as registration-service and interview-service would feed them. */
public final class Fixture {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A registered family: the principal, {@code adults - 1} other adults and {@code children} children. */
    public record Family(UUID caseId, List<UUID> memberIds, ApplicationRegistered registration) {
        public UUID principal() {
            return memberIds.get(0);
        }
    }

    public static ApplicationRegistered registration(UUID caseId, int adults, int children) {
        List<ApplicationRegistered.Member> members = new ArrayList<>();
        for (int i = 0; i < adults; i++) {
            members.add(new ApplicationRegistered.Member(UUID.randomUUID(),
                    i == 0 ? FamilyRole.PRINCIPAL : FamilyRole.SPOUSE_OR_PARTNER, true, false));
        }
        for (int i = 0; i < children; i++) {
            members.add(new ApplicationRegistered.Member(UUID.randomUUID(), FamilyRole.CHILD, false, false));
        }
        return new ApplicationRegistered(meta(ApplicationRegistered.class, caseId),
                "ONPAR-2026-" + caseId.toString().substring(0, 6), "ONPAR Balboa", LocalDate.now().minusDays(30),
                false, members);
    }

    /** A family registered and announced to this service. */
    public static Family registered(int adults, int children) {
        ApplicationRegistered registration = Publish.event(registration(UUID.randomUUID(), adults, children));
        awaitStatus(registration.caseId(), "AWAITING_INTERVIEWS");
        return new Family(registration.caseId(),
                registration.members().stream().map(ApplicationRegistered.Member::memberId).toList(), registration);
    }

    public static CaseReadyForDecision readyEvent(Family family) {
        return new CaseReadyForDecision(meta(CaseReadyForDecision.class, family.caseId()),
                family.registration().members().stream().filter(ApplicationRegistered.Member::adult)
                        .map(ApplicationRegistered.Member::memberId).toList());
    }

    /** A family whose adults have all been interviewed. */
    public static Family readyForAdmissibility(int adults, int children) {
        Family family = registered(adults, children);
        Publish.event(readyEvent(family));
        awaitStatus(family.caseId(), "READY_FOR_ADMISSIBILITY");
        return family;
    }

    /** A family admitted by ONPAR. */
    public static Family admitted(int adults, int children) {
        Family family = readyForAdmissibility(adults, children);
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(201);
        return family;
    }

    public static Response post(String path, String role, String body) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(body)
                .when().post(path);
    }

    public static String status(UUID caseId) {
        Response response = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId);
        return response.statusCode() == 200 ? response.path("status") : "HTTP " + response.statusCode();
    }

    public static void awaitStatus(UUID caseId, String expected) {
        await(() -> expected.equals(status(caseId)), "case " + caseId + " to be " + expected + " (is "
                + status(caseId) + ")");
    }

    /** Waits until this service has processed the event (its inbox row is written with the effect). */
    public static void awaitProcessed(DataSource db, UUID eventId) {
        await(() -> count(db, "select count(*) from inbox_event where event_id = ? and consumer = 'decision-service'",
                        eventId) == 1,
                "event " + eventId + " to be processed");
    }

    /** How many events of {@code type} this service committed to its outbox for the case. */
    public static long published(DataSource db, String type, UUID caseId) {
        return published(db, type, 1, caseId);
    }

    /** How many events of {@code type} in {@code version} this service committed to its outbox for the case. */
    public static long published(DataSource db, String type, int version, UUID caseId) {
        return count(db, "select count(*) from outbox_event where event_type = ? and event_key = ?",
                "pa.gob.refugio." + type + ".v" + version, caseId.toString());
    }

    public static long count(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE + " for " + what);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }

    public static EventMetadata meta(Class<? extends pa.gob.refugio.events.DomainEvent> type, UUID caseId) {
        return EventMetadata.create(type, caseId, Trace.start(), Instant.now());
    }

    private Fixture() {
    }
}
