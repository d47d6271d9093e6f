package org.sijill.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at start whether the application's database account could rewrite the record. The embedded
 * database always runs the application as a least-privilege role; an external one does when it is
 * set up as the README says (owner for Flyway, the application role for the rest). Otherwise the
 * append-only triggers are only as strong as an account that may drop them, and the log says so.
 */
@Component
class AccountPrivilegeCheck {

    private static final Logger log = LoggerFactory.getLogger(AccountPrivilegeCheck.class);

    private final JdbcTemplate jdbc;

    AccountPrivilegeCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        Boolean exposed = jdbc.queryForObject("""
                SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE')
                       OR has_table_privilege('domain_event_entry', 'UPDATE')
                       OR has_table_privilege('domain_event_entry', 'DELETE')
                       OR has_table_privilege('domain_event_entry', 'TRUNCATE')
                FROM pg_roles r, pg_class c
                WHERE r.rolname = current_user AND c.oid = 'domain_event_entry'::regclass""", Boolean.class);
        String account = jdbc.queryForObject("SELECT current_user", String.class);
        if (Boolean.TRUE.equals(exposed)) {
            log.warn("The application's database account {} can change or drop the event store (owner, superuser "
                    + "or UPDATE/DELETE/TRUNCATE rights): run it as a least-privilege role, see README "
                    + "'Using an external PostgreSQL'", account);
        } else {
            log.info("The application's database account {} may only read and append the event store", account);
        }
    }
}
