// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source without its {@code XADataSource} face, so that Payara pools it for local
 * transactions.
 *
 * <p>Payara decides the kind of pool of a {@code @DataSourceDefinition} by the interfaces of its
 * class, XA first. {@link MariaDbDataSource} implements XA too, so every JTA transaction became a
 * distributed one: {@code XA START}, {@code XA END} and {@code XA COMMIT} on the database and the
 * JTS coordinator in Payara, although the application never has a second resource in a
 * transaction. With a plain {@link DataSource} Payara uses its local-transaction optimisation
 * instead (one {@code COMMIT}). The driver class itself ({@code org.mariadb.jdbc.Driver}) would do
 * the same, but Payara loads drivers from the server's class path, not from the WAR.
 */
public final class MariaDbLocalDataSource implements DataSource {

    private final MariaDbDataSource delegate = new MariaDbDataSource();

    /** Set by Payara from the definition's {@code url}. */
    public void setUrl(String url) throws SQLException {
        delegate.setUrl(url);
    }

    /** Set by Payara from the definition's {@code user}. */
    public void setUser(String user) throws SQLException {
        delegate.setUser(user);
    }

    /** Set by Payara from the definition's {@code password}. */
    public void setPassword(String password) throws SQLException {
        delegate.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
