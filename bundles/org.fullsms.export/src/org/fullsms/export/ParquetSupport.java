package org.fullsms.export;

/**
 * Whether the optional bundle {@code org.fullsms.export.parquet} (the Parquet writer) is installed. The export
 * bundle imports its package optionally, so it resolves without it; this check is made, once, before anything
 * that links against the writer ({@link ParquetTables}, {@link DataFrames}, {@link FitColumns}) is loaded.
 */
final class ParquetSupport {

    /** The skipped line of an export that asked for Parquet tables without the writer. */
    static final String MISSING = "Parquet tables need the optional bundle org.fullsms.export.parquet, which is not"
            + " installed";

    static final String WRITER_CLASS = "org.fullsms.export.parquet.ParquetWriter";

    private static final boolean AVAILABLE = loadable(WRITER_CLASS);

    private ParquetSupport() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** Whether this bundle's class loader can load (without initialising) the named class. */
    static boolean loadable(String className) {
        try {
            Class.forName(className, false, ParquetSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
