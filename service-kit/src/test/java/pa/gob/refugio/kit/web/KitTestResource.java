package pa.gob.refugio.kit.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.security.Roles;

/** A resource as services write them, to drive the kit's filters and problem mappers over HTTP. */
@Path("/api/v1/kit-test")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KitTestResource {

    /** How often each use case ran. */
    public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    /** Holds a "slow" request in flight until the test counts it down. */
    public static volatile CountDownLatch release = new CountDownLatch(0);
    public static volatile CountDownLatch entered = new CountDownLatch(0);
    private static final Map<UUID, Long> VERSIONS = new ConcurrentHashMap<>();

    public record NewCase(@NotBlank String note) {
    }

    public record CaseView(UUID caseId, String note, int run, long version) {
    }

    @POST
    @Path("/cases")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.PARTNER_NGO})
    public Response create(@Valid NewCase request) {
        int run = RUNS.computeIfAbsent(request.note(), k -> new AtomicInteger()).incrementAndGet();
        UUID caseId = UUID.randomUUID();
        VERSIONS.put(caseId, 0L);
        return Response.created(URI.create("/api/v1/kit-test/cases/" + caseId))
                .entity(new CaseView(caseId, request.note(), run, 0)).build();
    }

    @POST
    @Path("/slow")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Response slow(NewCase request) throws InterruptedException {
        RUNS.computeIfAbsent(request.note(), k -> new AtomicInteger()).incrementAndGet();
        entered.countDown();
        release.await(30, TimeUnit.SECONDS);
        return Response.ok(Map.of("note", request.note())).build();
    }

    @POST
    @Path("/rules")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Response refused(NewCase request) {
        RUNS.computeIfAbsent(request.note(), k -> new AtomicInteger()).incrementAndGet();
        throw ProblemException.ruleViolated("sample-rule", "Sample rule", "The sample rule refuses " + request.note());
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Response upload(byte[] body) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        int run = RUNS.computeIfAbsent(sha, k -> new AtomicInteger()).incrementAndGet();
        return Response.status(201).entity(Map.of("sha256", sha, "size", body.length, "run", run)).build();
    }

    @GET
    @Path("/cases/{caseId}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.PARTNER_NGO})
    public Response get(@PathParam("caseId") UUID caseId) {
        Long version = VERSIONS.get(caseId);
        if (version == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        return Response.ok(new CaseView(caseId, null, 0, version)).header(HttpHeaders.ETAG, Etags.of(version)).build();
    }

    @GET
    @Path("/cases/{caseId}/registration-only")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public String registrationOnly(@PathParam("caseId") UUID caseId) {
        return "{}";
    }

    @PUT
    @Path("/cases/{caseId}/note")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Response changeNote(@PathParam("caseId") UUID caseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid NewCase change) {
        Long version = VERSIONS.get(caseId);
        if (version == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        Etags.requireMatch(ifMatch, version);
        long next = version + 1;
        VERSIONS.put(caseId, next);
        return Response.ok(new CaseView(caseId, change.note(), 0, next)).header(HttpHeaders.ETAG, Etags.of(next))
                .build();
    }

    @GET
    @Path("/cases/{caseId}/state")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public String illegal(@PathParam("caseId") UUID caseId) {
        throw ProblemException.illegalTransition("Case", "CLOSED", "registered");
    }

    public record Member(@NotBlank String givenNames, java.util.List<String> nationalities) {
    }

    public record Family(String intakeSite, java.util.List<Member> members) {
    }

    @POST
    @Path("/families")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Response family(@Valid Family family) {
        return Response.status(201).entity(family).build();
    }

    /** A note about a case, read by its own id (the audit learns the case from the answer). */
    public record NoteView(UUID noteId, UUID caseId, String text) implements pa.gob.refugio.kit.audit.CaseScoped {

        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    public record NotePage(int page, java.util.List<NoteView> items) {
    }

    @GET
    @Path("/notes/{noteId}")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public NoteView note(@PathParam("noteId") UUID noteId, @jakarta.ws.rs.QueryParam("caseId") UUID caseId) {
        return new NoteView(noteId, caseId, "a note");
    }

    /** Notes of the cases named (a list about several cases), as a list or as a page. */
    @GET
    @Path("/notes")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Object notes(@jakarta.ws.rs.QueryParam("caseId") java.util.List<UUID> caseIds,
                        @jakarta.ws.rs.QueryParam("paged") boolean paged) {
        java.util.List<NoteView> notes = caseIds.stream().map(c -> new NoteView(UUID.randomUUID(), c, "n")).toList();
        return paged ? new NotePage(0, notes) : notes;
    }

    @GET
    @Path("/public/{token}")
    @PermitAll
    public Map<String, Object> verify(@PathParam("token") String token,
                                      @jakarta.ws.rs.QueryParam("purpose") String purpose) {
        return Map.of("valid", token.startsWith("ok"));
    }
}
