package org.fullsms.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;

/**
 * Opens an in-memory DuckDB through its JDBC driver, found by class name so that the tests compile without it:
 * absent (not on the test class path / target platform), the calling test is skipped with a message.
 */
public final class DuckDbReader {

    public static final String DRIVER = "org.duckdb.DuckDBDriver";

    private DuckDbReader() {
    }

    public static Connection open() throws SQLException {
        Driver driver;
        try {
            driver = (Driver) Class.forName(DRIVER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            Assumptions.abort("DuckDB JDBC driver (org.duckdb:duckdb_jdbc) not available: independent Parquet"
                    + " reader test skipped (" + e + ")");
            throw new AssertionError(e);
        }
        Connection c = driver.connect("jdbc:duckdb:", new Properties());
        if (c == null) {
            throw new SQLException("DuckDB driver refused the in-memory URL");
        }
        return c;
    }

    /** A SQL string literal for a path. */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
