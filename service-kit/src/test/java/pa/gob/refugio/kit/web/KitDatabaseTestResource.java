package pa.gob.refugio.kit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Map;
import pa.gob.refugio.security.Roles;

/** A resource whose database fails as a stopped, frozen or restarting PostgreSQL makes it fail. */
@Path("/api/v1/kit-test/database")
@Produces(MediaType.APPLICATION_JSON)
public class KitDatabaseTestResource {

    private final EntityManager em;

    public KitDatabaseTestResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Path("/{failure}")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Transactional
    public Map<String, Object> fail(@PathParam("failure") String failure) throws SQLException {
        switch (failure) {
            // what a frozen database looks like to a statement: it does not answer within the statement timeout
            case "statement-timeout" -> {
                em.createNativeQuery("set local statement_timeout = 200").executeUpdate();
                em.createNativeQuery("select pg_sleep(5)").getResultList();
            }
            // what a database restart looks like to a pooled connection: the server ends it (57P01)
            case "connection-ended" -> em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())")
                    .getResultList();
            // what the pool says when no connection can be had within the acquisition timeout
            case "acquisition-timeout" -> throw new SQLException("Sorry, acquisition timeout!");
            case "bug" -> throw new NullPointerException("a bug");
            default -> {
            }
        }
        return Map.of("answer", ((Number) em.createNativeQuery("select 42").getSingleResult()).intValue());
    }
}
