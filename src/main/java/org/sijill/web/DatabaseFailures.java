package org.sijill.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a lost or refused database connection anywhere in an exception's causes (including the
 * chained exceptions of a failed JDBC batch): SQL states of class 08 (connection exception) and 57P
 * (operator intervention: shutdown, crash, cannot connect now), or a pool or socket connect failure.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isConnectionFailure(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
