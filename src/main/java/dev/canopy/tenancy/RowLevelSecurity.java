package dev.canopy.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.identity.Caller;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;

/**
 * PostgreSQL's half of tenant isolation: whenever the pool hands out a connection, the consortium
 * and the caller's e-mail are set on it before its first statement; the row-level security
 * policies read them. Inside a transaction (the pool enlists the connection before calling us) the
 * values last for that transaction only; outside one, for the checkout, and every checkout sets
 * them afresh. A failure here fails the caller's own statement, so the transaction around it rolls
 * back through the usual path and nothing stays bound to the thread (a transaction-begin observer
 * that threw left the transaction half begun).
 */
@ApplicationScoped
class RowLevelSecurity implements AgroalPoolInterceptor {

    private static final String SET = "select set_config('canopy.consortium_id', ?, ?), "
            + "set_config('canopy.user_email', ?, ?)";

    @Inject
    TenantContext tenant;
    @Inject
    Caller caller;

    @Override
    public void onConnectionAcquire(Connection connection) {
        boolean inRequest = Arc.container().requestContext().isActive();
        String consortium = inRequest ? tenant.current().map(c -> c.id().toString()).orElse("") : "";
        String email = inRequest ? caller.email().orElse("") : "";
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            boolean transactionOnly = !connection.getAutoCommit();
            statement.setString(1, consortium);
            statement.setBoolean(2, transactionOnly);
            statement.setString(3, email);
            statement.setBoolean(4, transactionOnly);
            statement.execute();
        } catch (SQLException e) {
            throw new TenantNotSet(e);
        }
    }

    /** The connection could not be prepared for this tenant; the caller's statement fails with it. */
    static class TenantNotSet extends RuntimeException {
        TenantNotSet(SQLException cause) {
            super("Could not set the tenant on a database connection", cause);
        }
    }
}
