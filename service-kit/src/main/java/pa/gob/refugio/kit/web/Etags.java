package pa.gob.refugio.kit.web;

import pa.gob.refugio.kit.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its aggregate's {@code @Version}, and a guarded update
 * must name the version it was based on in {@code If-Match}, so that two offline clients (border stations) cannot
 * overwrite each other silently.
 *
 * <p>Usage in a resource:
 * <pre>{@code
 * @GET @Path("/{caseId}")
 * public Response get(@PathParam("caseId") UUID caseId) {
 *     CaseView view = cases.view(caseId);
 *     return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
 * }
 *
 * @PUT @Path("/{caseId}/address")
 * public Response changeAddress(@PathParam("caseId") UUID caseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
 *                               @Valid AddressChange change) {
 *     CaseView view = cases.changeAddress(caseId, ifMatch, change);   // in the @Transactional use case:
 *     //   Case c = repository.findById(caseId) ...;  Etags.requireMatch(ifMatch, c.version());  c.changeAddress(...)
 *     return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
 * }
 * }</pre>
 * Call {@link #requireMatch} inside the use case's transaction, after loading the aggregate: a change committed
 * between the check and the commit is still caught by JPA's {@code @Version} (409 {@code concurrent-change}).
 * Answers: no {@code If-Match} → 428 {@code precondition-required}; a version other than the current one → 412
 * {@code precondition-failed}, with {@code currentETag} so the client can read again and retry. {@code If-Match: *}
 * matches any existing version. Weak tags ({@code W/"3"}) are not accepted: If-Match compares strongly (RFC 9110).
 * Services are expected to document which updates are guarded, and to expose the header to browsers if needed.
 */
public final class Etags {

    private Etags() {
    }

    /** The strong entity tag of {@code version}, quoted as it goes in the {@code ETag} header: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses the update unless {@code ifMatch} (the raw {@code If-Match} header) names {@code currentVersion}:
     * 428 when the header is missing or blank, 412 when it names another version (or is unreadable).
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.localized(428, "precondition-required", "precondition-required", current)
                    .with("currentETag", current);
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.localized(412, "precondition-failed", "precondition-failed", ifMatch.trim(), current)
                .with("currentETag", current);
    }

    /** True when {@code ifMatch} names {@code currentVersion} (or is {@code *}); false when missing or stale. */
    public static boolean matches(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return false;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
