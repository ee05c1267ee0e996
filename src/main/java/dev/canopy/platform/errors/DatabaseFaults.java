package dev.canopy.platform.errors;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a database that cannot serve right now (pool exhausted, server restarting or refusing,
 * a statement cancelled by its timeout) from a bug: the first is a 503 the client may retry.
 */
final class DatabaseFaults {

    // connection exception, insufficient resources, operator intervention (57014 is a statement timeout)
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");

    private DatabaseFaults() {
    }

    static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.length() >= 2 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2));
        }
        // Agroal's pool timeouts carry no SQL state, only their message
        String message = String.valueOf(sql.getMessage()).toLowerCase();
        return message.contains("acquisition timeout") || message.contains("acquisition of connection");
    }
}
