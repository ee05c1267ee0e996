package dev.canopy.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import dev.canopy.identity.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * PostgreSQL's half of tenant isolation: at the start of every transaction the consortium and the
 * caller's e-mail are set for that transaction only ({@code set_config(..., true)}), so nothing
 * survives into the next use of a pooled connection. The row-level security policies read them.
 */
@ApplicationScoped
class RowLevelSecurity {

    private static final String SET = "select set_config('canopy.consortium_id', ?, true), "
            + "set_config('canopy.user_email', ?, true)";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TenantContext tenant;
    @Inject
    Caller caller;

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) throws SQLException {
        boolean inRequest = Arc.container().requestContext().isActive();
        String consortium = inRequest ? tenant.current().map(c -> c.id().toString()).orElse("") : "";
        String email = inRequest ? caller.email().orElse("") : "";
        // Within a transaction the pool hands out the connection enlisted in it, the one Hibernate uses
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, consortium);
            statement.setString(2, email);
            statement.execute();
        }
    }
}
