// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects before anything else touches it.
 *
 * <p>Every WAR and every instance runs this at start-up; Flyway serialises concurrent runs with a
 * database lock, so a cluster that starts at once still migrates exactly once. The data source is
 * defined here, once for both WARs, with its settings from MicroProfile Config (environment
 * variables such as {@code INNENSTADT_DB_URL} override the defaults), so no credentials live in a
 * WAR. The second, non-transactional data source serves code that manages its own connection
 * state outside JTA: Flyway, the cluster leases and the health check.
 *
 * <p>Both run at READ COMMITTED. The outbox, notification and expiry queues are claimed with
 * {@code FOR UPDATE SKIP LOCKED}; at MariaDB's default REPEATABLE READ such a scan also locks the gaps
 * it passes, up to the end of the table, which blocks every writer inserting a new row until the
 * claiming transaction has finished its (slow) delivery. Stock is changed by conditional updates,
 * which need no snapshot, so nothing relies on REPEATABLE READ.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = "java:app/jdbc/innenstadt",
            className = "de.innenstadt.core.platform.MariaDbLocalDataSource",
            url = "${MPCONFIG=innenstadt.db.url}",
            user = "${MPCONFIG=innenstadt.db.user}",
            password = "${MPCONFIG=innenstadt.db.password}",
            minPoolSize = 2,
            maxPoolSize = 40,
            isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
            }),
    @DataSourceDefinition(
            name = "java:app/jdbc/innenstadt-direct",
            className = "org.mariadb.jdbc.MariaDbDataSource",
            url = "${MPCONFIG=innenstadt.db.url}",
            user = "${MPCONFIG=innenstadt.db.user}",
            password = "${MPCONFIG=innenstadt.db.password}",
            transactional = false,
            isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
            minPoolSize = 0,
            maxPoolSize = 8)
})
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/innenstadt-direct")
    private DataSource dataSource;

    /** Lifecycle callbacks of singletons take their transaction attribute from the method only. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
